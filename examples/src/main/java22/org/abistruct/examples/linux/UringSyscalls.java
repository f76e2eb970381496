package org.abistruct.examples.linux;

/**
 * The numbers io_uring needs from outside {@code linux/io_uring.h}: x86_64's system call
 * numbers ({@code asm/unistd.h}) and the {@code mmap} flags ({@code sys/mman.h}).
 * {@code IoUringTest} checks each against GCC; the io_uring numbers themselves are imported.
 */
final class UringSyscalls {
    static final long NR_IO_URING_SETUP = 425;
    static final long NR_IO_URING_ENTER = 426;
    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int MAP_SHARED = 1;
    static final int MAP_POPULATE = 0x8000;

    private UringSyscalls() {}
}
