package org.abistruct.examples.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.abistruct.Abi;
import org.junit.jupiter.api.Test;

/**
 * Frames through a TAP device, as a VMM's network back end moves them, with no IP address
 * involved: one written to the TAP file descriptor arrives on a packet socket bound to the
 * interface, and one sent from that socket is read from the TAP descriptor. The interface is
 * brought up with {@code SIOCSIFFLAGS} and found with {@code SIOCGIFINDEX}; every struct and
 * number is generated. Under {@code CI=true} it may not skip.
 */
class TapFrameTest {
    private static final short IFF_UP = 0x1;
    private static final short IFF_TAP = 0x0002;
    private static final short IFF_NO_PI = 0x1000;
    private static final int O_NONBLOCK = 0x800;
    private static final int AF_INET = 2;
    private static final int AF_PACKET = 17;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_RAW = 3;
    private static final int SOCK_NONBLOCK = 0x800;
    /** The local experimental ethertype of IEEE 802, and ETH_P_ALL. */
    private static final int ETHERTYPE = 0x88b5;
    private static final int ETH_P_ALL = 0x0003;

    @Test
    void framesCrossTheTapBothWays() throws Exception {
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "x86_64 numbers");
        Abi abi = Abi.host();
        int tap = openTun();
        int control = LinuxCalls.socket(AF_INET, SOCK_DGRAM, 0);
        int packets = -1;
        try (Arena arena = Arena.ofConfined()) {
            IfreqLayout r = IfreqLayout.of(abi);
            MemorySegment request = r.allocate(arena);
            r.write(request, 0, ifreq("abisf%d", (short) (IFF_TAP | IFF_NO_PI), 0));
            LinuxCalls.ioctl(tap, TunIoctls.tunsetiff(abi), request, "TUNSETIFF");
            byte[] name = r.getIfrName(request, 0);

            MemorySegment up = r.allocate(arena);
            r.write(up, 0, ifreq(name, IFF_UP, 0));
            LinuxCalls.ioctl(control, SockiosIoctls.siocsifflags(abi), up, "SIOCSIFFLAGS");
            MemorySegment index = r.allocate(arena);
            r.write(index, 0, ifreq(name, (short) 0, 0));
            LinuxCalls.ioctl(control, SockiosIoctls.siocgifindex(abi), index, "SIOCGIFINDEX");
            int ifindex = r.at(index, 0).ifrIfru().getIfruIvalue();

            short all = Short.reverseBytes((short) ETH_P_ALL);   // __be16 on this little-endian host
            packets = LinuxCalls.socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK,
                    Short.toUnsignedInt(all));
            SockaddrLlLayout ll = SockaddrLlLayout.of(abi);
            MemorySegment address = ll.allocate(arena);
            ll.write(address, 0, new SockaddrLl((short) AF_PACKET, all, ifindex, (short) 0,
                    (byte) 0, (byte) 0, new byte[8]));
            LinuxCalls.bind(packets, address);

            byte[] in = frame("into the kernel");
            LinuxCalls.write(tap, arena.allocate(in.length).copyFrom(MemorySegment.ofArray(in)));
            assertArrayEquals(in, receive(packets, in.length, arena));

            byte[] out = frame("out of the kernel");
            LinuxCalls.write(packets, arena.allocate(out.length)
                    .copyFrom(MemorySegment.ofArray(out)));
            assertArrayEquals(out, receive(tap, out.length, arena));
            System.out.println("live kernel: a frame each way through "
                    + new String(name, StandardCharsets.US_ASCII).trim() + " (ifindex "
                    + ifindex + ")");
        } finally {
            if (packets >= 0) {
                LinuxCalls.close(packets);
            }
            LinuxCalls.close(control);
            LinuxCalls.close(tap);
        }
    }

    /** The first frame of our ethertype read from {@code fd} within 3 seconds. */
    private static byte[] receive(int fd, int length, Arena arena) throws Exception {
        MemorySegment buffer = arena.allocate(2048);
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline) {
            long n;
            try {
                n = LinuxCalls.read(fd, buffer);
            } catch (SyscallException e) {
                if (!e.errnoName().equals("EAGAIN")) {
                    throw e;
                }
                Thread.sleep(10);
                continue;
            }
            byte[] frame = buffer.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
            if (n >= 14 && (frame[12] & 0xff) == ETHERTYPE >> 8 && (frame[13] & 0xff)
                    == (ETHERTYPE & 0xff)) {
                return Arrays.copyOf(frame, (int) Math.max(n, length));
            }
        }
        throw new AssertionError("no frame of ethertype 0x88b5 within 3 s");
    }

    /** A broadcast frame from a locally administered address, of ethertype 0x88b5. */
    private static byte[] frame(String payload) {
        byte[] text = payload.getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[Math.max(60, 14 + text.length)];
        Arrays.fill(frame, 0, 6, (byte) 0xff);
        byte[] source = {0x02, 0, 0, 0, 0, 0x01};
        System.arraycopy(source, 0, frame, 6, 6);
        frame[12] = (byte) (ETHERTYPE >> 8);
        frame[13] = (byte) ETHERTYPE;
        System.arraycopy(text, 0, frame, 14, text.length);
        return frame;
    }

    private static Ifreq ifreq(String name, short flags, int value) {
        byte[] bytes = new byte[16];
        byte[] given = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(given, 0, bytes, 0, given.length);
        return ifreq(bytes, flags, value);
    }

    private static Ifreq ifreq(byte[] name, short flags, int value) {
        return new Ifreq(name, new Ifreq.Ifru(flags, value, new byte[16], 0,
                new Ifreq.Ifmap(0, 0, (short) 0, (byte) 0, (byte) 0, (byte) 0)));
    }

    private static int openTun() throws SyscallException {
        try {
            return LinuxCalls.open("/dev/net/tun", LinuxCalls.O_RDWR | O_NONBLOCK);
        } catch (SyscallException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
            assumeTrue(false, "no TUN here: " + e.getMessage());
            throw e;
        }
    }
}
