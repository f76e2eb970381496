// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Align;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_rsrc_update2} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_rsrc_update2 {
 *     __u32 offset;
 *     __u32 resv;
 *     __u64 data;
 *     __u64 tags;
 *     __u32 nr;
 *     __u32 resv2;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_rsrc_update2")
public record IoUringRsrcUpdate2(
        @Unsigned int offset,
        @Unsigned int resv,
        @Align(8) @Unsigned long data,
        @Align(8) @Unsigned long tags,
        @Unsigned int nr,
        @Unsigned int resv2) {}
