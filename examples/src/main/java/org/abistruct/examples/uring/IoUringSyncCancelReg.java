// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_sync_cancel_reg} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_sync_cancel_reg {
 *     __u64 addr;
 *     __s32 fd;
 *     __u32 flags;
 *     struct __kernel_timespec timeout;
 *     __u64 pad[4];
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_sync_cancel_reg")
public record IoUringSyncCancelReg(
        @Unsigned long addr,
        int fd,
        @Unsigned int flags,
        KernelTimespec timeout,
        @Unsigned @Length(4) long[] pad) {}
