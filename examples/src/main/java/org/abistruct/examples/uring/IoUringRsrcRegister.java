// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Align;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_rsrc_register} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_rsrc_register {
 *     __u32 nr;
 *     __u32 flags;
 *     __u64 resv2;
 *     __u64 data;
 *     __u64 tags;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_rsrc_register")
public record IoUringRsrcRegister(
        @Unsigned int nr,
        @Unsigned int flags,
        @Unsigned long resv2,
        @Align(8) @Unsigned long data,
        @Align(8) @Unsigned long tags) {}
