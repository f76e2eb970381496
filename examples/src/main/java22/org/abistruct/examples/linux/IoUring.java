package org.abistruct.examples.linux;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import org.abistruct.Abi;
import org.abistruct.examples.uring.IoUringConstants;
import org.abistruct.examples.uring.IoUringCqe;
import org.abistruct.examples.uring.IoUringCqeLayout;
import org.abistruct.examples.uring.IoUringParams;
import org.abistruct.examples.uring.IoUringParamsLayout;
import org.abistruct.examples.uring.IoUringSqeLayout;

/**
 * One io_uring instance, user space and the kernel sharing arrays of structs as the e500 TLB
 * does: {@code io_uring_setup} fills {@code io_uring_params}, whose offsets place the
 * submission ring, completion ring and submission entries in the memory {@code mmap} shares.
 * Head and tail move with acquire and release ordering, as the ring protocol requires. The
 * structs and numbers of {@code linux/io_uring.h} are imported from the header by
 * {@code scripts/import.sh} (package {@code org.abistruct.examples.uring}); the system call
 * numbers are in {@link UringSyscalls}.
 */
public final class IoUring implements AutoCloseable {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle SYSCALL3 = downcall("syscall", FunctionDescriptor.of(
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
            ValueLayout.ADDRESS), 1);
    private static final MethodHandle SYSCALL6 = downcall("syscall", FunctionDescriptor.of(
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG), 1);
    private static final VarHandle INT = ValueLayout.JAVA_INT.varHandle();

    private final Abi abi = Abi.host();
    private final IoUringSqeLayout sqe = IoUringSqeLayout.of(abi);
    private final IoUringCqeLayout cqe = IoUringCqeLayout.of(abi);
    private final int fd;
    private final IoUringParams params;
    private final MemorySegment sqRing;
    private final MemorySegment cqRing;
    private final MemorySegment sqes;

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor,
                                         int firstVariadic) {
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("no " + name + " in the C library"));
        return LINKER.downcallHandle(symbol, descriptor, Linker.Option.captureCallState("errno"),
                Linker.Option.firstVariadicArg(firstVariadic));
    }

    /**
     * A ring of {@code entries} submissions (a power of two), its memory mapped.
     *
     * @throws UnsupportedOperationException on a host other than x86_64, whose numbers these are
     */
    public IoUring(int entries) throws SyscallException {
        if (abi != Abi.X86_64) {
            throw new UnsupportedOperationException("io_uring's numbers here are x86_64's, not "
                    + abi + "'s");
        }
        IoUringParamsLayout p = IoUringParamsLayout.of(abi);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = p.allocate(arena);
            fd = (int) LinuxCalls.call("io_uring_setup", errno -> (long) SYSCALL3.invokeExact(
                    errno, UringSyscalls.NR_IO_URING_SETUP, (long) entries, in));
            params = p.read(in, 0);
        }
        long sqSize = params.sqOff().array() + 4L * params.sqEntries();
        long cqSize = params.cqOff().cqes() + (long) cqe.size() * params.cqEntries();
        boolean single = (params.features() & IoUringConstants.IORING_FEAT_SINGLE_MMAP) != 0;
        sqRing = map(single ? Math.max(sqSize, cqSize) : sqSize, IoUringConstants.IORING_OFF_SQ_RING);
        cqRing = single ? sqRing : map(cqSize, IoUringConstants.IORING_OFF_CQ_RING);
        sqes = map((long) sqe.size() * params.sqEntries(), IoUringConstants.IORING_OFF_SQES);
    }

    /** What {@code io_uring_setup} answered. */
    public IoUringParams params() {
        return params;
    }

    /**
     * Submits one entry and waits for one completion, which it returns. The entry is
     * {@code opcode} on {@code len} bytes at {@code addr} of {@code fd} (at its offset 0), every
     * other field zero, as liburing's {@code io_uring_prep_rw} fills it; it goes in at the
     * submission tail (released to the kernel), and the completion is taken at the completion
     * head once the kernel's tail (acquired) passes it.
     */
    public IoUringCqe submitAndWait(int opcode, int fd, long addr, int len, long userData)
            throws SyscallException {
        int mask = sqRing.get(ValueLayout.JAVA_INT, params.sqOff().ringMask());
        int tail = (int) INT.getAcquire(sqRing, (long) params.sqOff().tail());
        int index = tail & mask;
        long at = sqe.elementOffset(0L, index);
        sqes.asSlice(at, sqe.size()).fill((byte) 0);
        sqe.setOpcode(sqes, at, (byte) opcode);
        sqe.setFd(sqes, at, fd);
        sqe.setAddr(sqes, at, addr);
        sqe.setLen(sqes, at, len);
        sqe.setUserData(sqes, at, userData);
        sqRing.set(ValueLayout.JAVA_INT, params.sqOff().array() + 4L * index, index);
        INT.setRelease(sqRing, (long) params.sqOff().tail(), tail + 1);
        enter(1, 1);
        int cqMask = cqRing.get(ValueLayout.JAVA_INT, params.cqOff().ringMask());
        int head = (int) INT.getAcquire(cqRing, (long) params.cqOff().head());
        int kernelTail = (int) INT.getAcquire(cqRing, (long) params.cqOff().tail());
        if (head == kernelTail) {
            throw new IllegalStateException("io_uring_enter returned with no completion");
        }
        IoUringCqe done = cqe.read(cqRing, cqe.elementOffset(params.cqOff().cqes(),
                (long) (head & cqMask)), 0);
        INT.setRelease(cqRing, (long) params.cqOff().head(), head + 1);
        return done;
    }

    private void enter(int submit, int wait) throws SyscallException {
        LinuxCalls.call("io_uring_enter", errno -> (long) SYSCALL6.invokeExact(errno,
                UringSyscalls.NR_IO_URING_ENTER, (long) fd, (long) submit, (long) wait,
                (long) IoUringConstants.IORING_ENTER_GETEVENTS, MemorySegment.NULL, 0L));
    }

    private MemorySegment map(long size, long offset) throws SyscallException {
        return LinuxCalls.mmap(size, UringSyscalls.PROT_READ | UringSyscalls.PROT_WRITE,
                UringSyscalls.MAP_SHARED | UringSyscalls.MAP_POPULATE, fd, offset);
    }

    @Override
    public void close() throws SyscallException {
        LinuxCalls.munmap(sqRing);
        if (cqRing != sqRing) {
            LinuxCalls.munmap(cqRing);
        }
        LinuxCalls.munmap(sqes);
        LinuxCalls.close(fd);
    }
}
