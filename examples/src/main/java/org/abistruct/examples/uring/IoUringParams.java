// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_params} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_params {
 *     __u32 sq_entries;
 *     __u32 cq_entries;
 *     __u32 flags;
 *     __u32 sq_thread_cpu;
 *     __u32 sq_thread_idle;
 *     __u32 features;
 *     __u32 wq_fd;
 *     __u32 resv[3];
 *     struct io_sqring_offsets sq_off;
 *     struct io_cqring_offsets cq_off;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_params")
public record IoUringParams(
        @Unsigned int sqEntries,
        @Unsigned int cqEntries,
        @Unsigned int flags,
        @Unsigned int sqThreadCpu,
        @Unsigned int sqThreadIdle,
        @Unsigned int features,
        @Unsigned int wqFd,
        @Unsigned @Length(3) int[] resv,
        IoSqringOffsets sqOff,
        IoCqringOffsets cqOff) {}
