// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_cqe} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_cqe {
 *     __u64 user_data;
 *     __s32 res;
 *     __u32 flags;
 *     __u64 big_cqe[];
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_cqe")
public record IoUringCqe(
        @Unsigned long userData,
        int res,
        @Unsigned int flags,
        @Unsigned @Length(0) long[] bigCqe) {}
