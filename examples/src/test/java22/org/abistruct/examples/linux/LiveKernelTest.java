package org.abistruct.examples.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.abistruct.Abi;
import org.junit.jupiter.api.Test;

/**
 * The generated bindings against the running kernel, through {@code java.lang.foreign}: a
 * pseudo-terminal's number, lock, window size and termios, and a TAP device created with
 * {@code TUNSETIFF} and read back with {@code TUNGETIFF}. Every number and struct comes from the
 * generated code for {@link Abi#host()}. Under {@code CI=true} nothing here may skip.
 */
class LiveKernelTest {
    /** {@code IFF_TAP} and {@code IFF_NO_PI} of {@code linux/if_tun.h}. */
    private static final short IFF_TAP = 0x0002;
    private static final short IFF_NO_PI = 0x1000;
    /** {@code CS8}, the character size bits of {@code c_cflag} ({@code asm-generic/termbits.h}). */
    private static final int CS8 = 0x30;

    @Test
    void aPseudoTerminalGivesItsNumberAndKeepsItsWindowSize() throws SyscallException {
        Abi abi = Abi.host();
        int fd = LinuxCalls.open("/dev/ptmx", LinuxCalls.O_RDWR | LinuxCalls.O_NOCTTY);
        try (Arena arena = Arena.ofConfined()) {
            LinuxCalls.ioctl(fd, TtyIoctls.tiocsptlck(abi), arena.allocate(ValueLayout.JAVA_INT),
                    "TIOCSPTLCK");
            MemorySegment number = arena.allocate(ValueLayout.JAVA_INT);
            LinuxCalls.ioctl(fd, TtyIoctls.tiocgptn(abi), number, "TIOCGPTN");
            int n = number.get(ValueLayout.JAVA_INT, 0);
            assertTrue(Files.exists(Path.of("/dev/pts/" + n)), "/dev/pts/" + n);

            WinsizeLayout w = WinsizeLayout.of(abi);
            MemorySegment set = w.allocate(arena);
            w.write(set, 0, new Winsize((short) 42, (short) 137, (short) 840, (short) 1096));
            LinuxCalls.ioctl(fd, w.tiocswinsz(), set, "TIOCSWINSZ");
            MemorySegment got = w.allocate(arena);
            LinuxCalls.ioctl(fd, w.tiocgwinsz(), got, "TIOCGWINSZ");
            assertEquals(new Winsize((short) 42, (short) 137, (short) 840, (short) 1096),
                    w.read(got, 0));
            assertEquals(137, w.at(got, 0).getWsCol());

            TermiosLayout t = TermiosLayout.of(abi);
            MemorySegment termios = t.allocate(arena);
            LinuxCalls.ioctl(fd, t.tcgets(), termios, "TCGETS");
            assertEquals(CS8, t.getCCflag(termios, 0) & CS8, "a pty starts with 8-bit characters");
        } finally {
            LinuxCalls.close(fd);
        }
    }

    @Test
    void aFailedCallNamesItsErrno() throws SyscallException {
        SyscallException missing = assertThrows(SyscallException.class,
                () -> LinuxCalls.open("/dev/abistruct-none", LinuxCalls.O_RDWR));
        assertEquals("ENOENT", missing.errnoName());
        int fd = LinuxCalls.open("/dev/null", LinuxCalls.O_RDWR);
        try (Arena arena = Arena.ofConfined()) {
            WinsizeLayout w = WinsizeLayout.of(Abi.host());
            SyscallException notTty = assertThrows(SyscallException.class,
                    () -> LinuxCalls.ioctl(fd, w.tiocgwinsz(), w.allocate(arena), "TIOCGWINSZ"));
            assertEquals("ioctl TIOCGWINSZ: ENOTTY (25)", notTty.getMessage());
        } finally {
            LinuxCalls.close(fd);
        }
    }

    @Test
    void aTapDeviceIsCreatedAndReadBack() throws SyscallException {
        Abi abi = Abi.host();
        int fd = openTun();
        try (Arena arena = Arena.ofConfined()) {
            IfreqLayout r = IfreqLayout.of(abi);
            MemorySegment request = r.allocate(arena);
            r.write(request, 0, new Ifreq(name("abst%d"), new Ifreq.Ifru(
                    (short) (IFF_TAP | IFF_NO_PI), 0, new byte[16], 0,
                    new Ifreq.Ifmap(0, 0, (short) 0, (byte) 0, (byte) 0, (byte) 0))));
            LinuxCalls.ioctl(fd, TunIoctls.tunsetiff(abi), request, "TUNSETIFF");
            String created = r.getIfrNameString(request, 0);
            assertTrue(created.startsWith("abst"), created);
            assertTrue(Files.exists(Path.of("/sys/class/net", created)), created);

            MemorySegment back = r.allocate(arena);
            LinuxCalls.ioctl(fd, TunIoctls.tungetiff(abi), back, "TUNGETIFF");
            assertEquals(created, r.getIfrNameString(back, 0));
            short flags = r.at(back, 0).ifrIfru().getIfruFlags();
            assertEquals(IFF_TAP | IFF_NO_PI, flags & (IFF_TAP | IFF_NO_PI));
            System.out.printf("live kernel: TUNSETIFF created %s, TUNGETIFF read flags 0x%04x%n",
                    created, flags);
        } finally {
            LinuxCalls.close(fd);
        }
    }

    /** {@code AF_INET} and {@code SOCK_DGRAM} of the generic ABI. */
    private static final int AF_INET = 2;
    private static final int SOCK_DGRAM = 2;

    @Test
    void theInterfacesAreListedWithSiocgifconf() throws SyscallException {
        Abi abi = Abi.host();
        IfreqLayout r = IfreqLayout.of(abi);
        IfconfLayout c = IfconfLayout.of(abi);
        int sock = LinuxCalls.socket(AF_INET, SOCK_DGRAM, 0);
        try (Arena arena = Arena.ofConfined()) {
            int room = 32;
            MemorySegment requests = r.allocateArray(arena, room);
            MemorySegment conf = c.allocate(arena);
            c.write(conf, 0, new Ifconf((int) requests.byteSize(), requests.address()));
            LinuxCalls.ioctl(sock, SockiosIoctls.siocgifconf(abi), conf, "SIOCGIFCONF");
            int filled = c.getIfcLen(conf, 0);
            assertEquals(0, filled % r.size(), "whole ifreqs");
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int i = 0; i < filled / r.size(); i++) {
                names.add(r.getIfrNameString(requests, r.elementOffset(0L, i)));
            }
            assertTrue(names.contains("lo"), names.toString());
            System.out.println("live kernel: SIOCGIFCONF listed " + names);
        } finally {
            LinuxCalls.close(sock);
        }
    }

    /** {@code /dev/net/tun}; where it cannot be opened, a skip with the reason, but not in CI. */
    private static int openTun() throws SyscallException {
        try {
            return LinuxCalls.open("/dev/net/tun", LinuxCalls.O_RDWR);
        } catch (SyscallException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
            assumeTrue(false, "no TUN here: " + e.getMessage());
            throw e;
        }
    }

    private static byte[] name(String text) {
        byte[] bytes = new byte[16];
        byte[] given = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(given, 0, bytes, 0, given.length);
        return bytes;
    }
}
