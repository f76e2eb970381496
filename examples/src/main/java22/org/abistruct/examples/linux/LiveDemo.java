package org.abistruct.examples.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.abistruct.Abi;
import org.abistruct.examples.uring.IoUringConstants;
import org.abistruct.examples.uring.IoUringCqe;
import org.abistruct.examples.uring.IoUringParamsLayout;
import org.abistruct.examples.uring.IoUringSqeLayout;
import org.abistruct.examples.vmm.MiniVmm;

/**
 * The live section of the report: what the generated bindings did against this kernel, each
 * call through {@link LinuxCalls} with numbers and structs generated for {@link Abi#host()}, or
 * why they could not.
 */
public final class LiveDemo {
    private LiveDemo() {}

    public static void main(String[] args) {
        System.out.println("== Against the running kernel (JDK " + Runtime.version().feature()
                + ", java.lang.foreign)");
        Abi abi;
        try {
            abi = Abi.host();
        } catch (UnsupportedOperationException e) {
            System.out.println("  not run: " + e.getMessage());
            return;
        }
        System.out.println("  host ABI: " + abi);
        report("pseudo-terminal", () -> terminal(abi));
        report("TUN/TAP", () -> tap(abi));
        report("io_uring", LiveDemo::ring);
        report("KVM", () -> {
            MiniVmm.Outcome outcome = MiniVmm.run(2, 2);
            return outcome.ran() ? "the guest printed " + outcome.output().strip() + " ("
                    + outcome.reason() + ")" : "not run: " + outcome.reason();
        });
    }

    private interface Step {
        String run() throws SyscallException;
    }

    private static void report(String what, Step step) {
        try {
            System.out.println("  " + what + ": " + step.run());
        } catch (SyscallException e) {
            System.out.println("  " + what + ": failed, " + e.getMessage());
        }
    }

    private static String terminal(Abi abi) throws SyscallException {
        int fd = LinuxCalls.open("/dev/ptmx", LinuxCalls.O_RDWR | LinuxCalls.O_NOCTTY);
        try (Arena arena = Arena.ofConfined()) {
            LinuxCalls.ioctl(fd, TtyIoctls.tiocsptlck(abi), arena.allocate(ValueLayout.JAVA_INT),
                    "TIOCSPTLCK");
            MemorySegment number = arena.allocate(ValueLayout.JAVA_INT);
            LinuxCalls.ioctl(fd, TtyIoctls.tiocgptn(abi), number, "TIOCGPTN");
            WinsizeLayout w = WinsizeLayout.of(abi);
            MemorySegment size = w.allocate(arena);
            w.write(size, 0, new Winsize((short) 24, (short) 80, (short) 0, (short) 0));
            LinuxCalls.ioctl(fd, w.tiocswinsz(), size, "TIOCSWINSZ");
            MemorySegment back = w.allocate(arena);
            LinuxCalls.ioctl(fd, w.tiocgwinsz(), back, "TIOCGWINSZ");
            Winsize read = w.read(back, 0);
            return String.format("/dev/pts/%d, TIOCSWINSZ 0x%08x set 24x80, TIOCGWINSZ 0x%08x"
                    + " read %dx%d", number.get(ValueLayout.JAVA_INT, 0), w.tiocswinsz(),
                    w.tiocgwinsz(), Short.toUnsignedInt(read.wsRow()),
                    Short.toUnsignedInt(read.wsCol()));
        } finally {
            LinuxCalls.close(fd);
        }
    }

    private static String ring() throws SyscallException {
        try (IoUring ring = new IoUring(8)) {
            IoUringCqe nop = ring.submitAndWait(IoUringConstants.IORING_OP_NOP, -1, 0, 0, 1234);
            return String.format("io_uring_setup gave %d entries (%d-byte sqe, %d-byte params),"
                    + " a no-op completed with user_data %d, res %d", ring.params().sqEntries(),
                    IoUringSqeLayout.of(Abi.host()).size(), IoUringParamsLayout.of(Abi.host())
                            .size(), nop.userData(), nop.res());
        } catch (UnsupportedOperationException e) {
            return "not run: " + e.getMessage();
        }
    }

    private static String tap(Abi abi) throws SyscallException {
        int fd = LinuxCalls.open("/dev/net/tun", LinuxCalls.O_RDWR);
        try (Arena arena = Arena.ofConfined()) {
            IfreqLayout r = IfreqLayout.of(abi);
            MemorySegment request = r.allocate(arena);
            // IFF_TAP | IFF_NO_PI (linux/if_tun.h)
            r.write(request, 0, new Ifreq(new byte[16], new Ifreq.Ifru((short) 0x1002, 0,
                    new byte[16], 0, new Ifreq.Ifmap(0, 0, (short) 0, (byte) 0, (byte) 0,
                    (byte) 0))));
            r.setIfrNameString(request, 0, "abst%d");
            LinuxCalls.ioctl(fd, TunIoctls.tunsetiff(abi), request, "TUNSETIFF");
            MemorySegment back = r.allocate(arena);
            LinuxCalls.ioctl(fd, TunIoctls.tungetiff(abi), back, "TUNGETIFF");
            return String.format("TUNSETIFF 0x%08x created %s (%d-byte struct ifreq),"
                    + " TUNGETIFF 0x%08x read flags 0x%04x", TunIoctls.tunsetiff(abi),
                    r.at(back, 0).getIfrNameString(), r.size(), TunIoctls.tungetiff(abi),
                    r.at(back, 0).ifrIfru().getIfruFlags());
        } finally {
            LinuxCalls.close(fd);
        }
    }
}
