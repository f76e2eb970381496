package org.abistruct.examples.linux;

/**
 * The io_uring numbers of the x86_64 kernel headers ({@code asm/unistd.h},
 * {@code linux/io_uring.h}, {@code sys/mman.h}); {@code IoUringConstantsTest} checks each
 * against GCC. (An importer of {@code #define}s would generate them.)
 */
final class IoUringConstants {
    static final long NR_IO_URING_SETUP = 425;
    static final long NR_IO_URING_ENTER = 426;
    static final long OFF_SQ_RING = 0L;
    static final long OFF_CQ_RING = 0x8000000L;
    static final long OFF_SQES = 0x10000000L;
    static final int FEAT_SINGLE_MMAP = 1;
    static final int ENTER_GETEVENTS = 1;
    static final int OP_NOP = 0;
    static final int OP_READ = 22;
    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int MAP_SHARED = 1;
    static final int MAP_POPULATE = 0x8000;

    private IoUringConstants() {}
}
