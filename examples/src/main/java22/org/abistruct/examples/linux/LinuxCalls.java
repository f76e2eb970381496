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

/**
 * The C library calls a VMM's device back ends make, through {@link Linker#nativeLinker()}:
 * {@code open}, {@code close}, {@code read}, {@code write} and {@code ioctl}, each capturing
 * {@code errno} and throwing {@link SyscallException} with its name when it fails. Numbers and
 * structs come from the generated code; nothing here knows a layout.
 */
public final class LinuxCalls {
    /** {@code O_RDWR}. */
    public static final int O_RDWR = 2;
    /** {@code O_NOCTTY} of the generic ABI. */
    public static final int O_NOCTTY = 0x100;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(
            MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle OPEN = downcall("open",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = downcall("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle IOCTL = downcall("ioctl",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                    ValueLayout.ADDRESS), Linker.Option.firstVariadicArg(2));
    private static final MethodHandle SOCKET = downcall("socket", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT));
    private static final MethodHandle BIND = downcall("bind", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
            ValueLayout.JAVA_INT));
    private static final MethodHandle READ = downcall("read", FunctionDescriptor.of(
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG));
    private static final MethodHandle WRITE = downcall("write", FunctionDescriptor.of(
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
            ValueLayout.JAVA_LONG));
    private static final MethodHandle MMAP = downcall("mmap", FunctionDescriptor.of(
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
    private static final MethodHandle MUNMAP = downcall("munmap", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));

    private LinuxCalls() {}

    private static MethodHandle downcall(String name, FunctionDescriptor descriptor,
                                         Linker.Option... options) {
        Linker.Option[] all = new Linker.Option[options.length + 1];
        all[0] = Linker.Option.captureCallState("errno");
        System.arraycopy(options, 0, all, 1, options.length);
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new UnsatisfiedLinkError("no " + name + " in the C library"));
        return LINKER.downcallHandle(symbol, descriptor, all);
    }

    /** {@code mmap(NULL, size, prot, flags, fd, offset)}: the mapping, {@code size} bytes. */
    public static MemorySegment mmap(long size, int prot, int flags, int fd, long offset)
            throws SyscallException {
        long address = call("mmap", errno -> ((MemorySegment) MMAP.invokeExact(errno,
                MemorySegment.NULL, size, prot, flags, fd, offset)).address());
        return MemorySegment.ofAddress(address).reinterpret(size);
    }

    /** {@code munmap} of a mapping {@link #mmap} gave. */
    public static void munmap(MemorySegment mapping) throws SyscallException {
        call("munmap", errno -> (int) MUNMAP.invokeExact(errno, mapping, mapping.byteSize()));
    }

    /** {@code open(path, flags)}: a file descriptor. */
    public static int open(String path, int flags) throws SyscallException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment name = arena.allocateFrom(path);
            return (int) call("open " + path,
                    errno -> (int) OPEN.invokeExact(errno, name, flags));
        }
    }

    /** {@code socket(domain, type, protocol)}: a file descriptor. */
    public static int socket(int domain, int type, int protocol) throws SyscallException {
        return (int) call("socket",
                errno -> (int) SOCKET.invokeExact(errno, domain, type, protocol));
    }

    /** {@code bind(fd, address, address.byteSize())}. */
    public static void bind(int fd, MemorySegment address) throws SyscallException {
        call("bind", errno -> (int) BIND.invokeExact(errno, fd, address,
                (int) address.byteSize()));
    }

    /** {@code read(fd, buffer, buffer.byteSize())}: the bytes read. */
    public static long read(int fd, MemorySegment buffer) throws SyscallException {
        return call("read", errno -> (long) READ.invokeExact(errno, fd, buffer,
                buffer.byteSize()));
    }

    /** {@code write(fd, buffer, buffer.byteSize())}: the bytes written. */
    public static long write(int fd, MemorySegment buffer) throws SyscallException {
        return call("write", errno -> (long) WRITE.invokeExact(errno, fd, buffer,
                buffer.byteSize()));
    }

    /** {@code close(fd)}. */
    public static void close(int fd) throws SyscallException {
        call("close", errno -> (int) CLOSE.invokeExact(errno, fd));
    }

    /**
     * {@code ioctl(fd, request, argument)}, with the request as the unsigned 32-bit number the
     * generated code gives in an {@code int} ({@code Integer.toUnsignedLong} makes it C's
     * {@code unsigned long}); {@code name} names the command in a failure.
     */
    public static int ioctl(int fd, int request, MemorySegment argument, String name)
            throws SyscallException {
        return (int) call("ioctl " + name, errno -> (int) IOCTL.invokeExact(errno, fd,
                Integer.toUnsignedLong(request), argument));
    }

    /** A downcall given the segment its {@code errno} is captured in. */
    @FunctionalInterface
    interface Invocation {
        long call(MemorySegment errno) throws Throwable;
    }

    /**
     * Makes the call {@code invocation} and returns its result, or throws
     * {@link SyscallException} naming {@code name} and the errno when the result is -1.
     */
    static long call(String name, Invocation invocation) throws SyscallException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = arena.allocate(CAPTURE);
            long result = invocation.call(errno);
            if (result == -1) {
                throw new SyscallException(name, (int) ERRNO.get(errno, 0L));
            }
            return result;
        } catch (SyscallException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(name, t);
        }
    }
}
