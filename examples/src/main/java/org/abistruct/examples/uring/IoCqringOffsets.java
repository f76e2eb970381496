// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Unsigned;

/**
 * {@code struct io_cqring_offsets} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_cqring_offsets {
 *     __u32 head;
 *     __u32 tail;
 *     __u32 ring_mask;
 *     __u32 ring_entries;
 *     __u32 overflow;
 *     __u32 cqes;
 *     __u32 flags;
 *     __u32 resv1;
 *     __u64 resv2;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_cqring_offsets")
public record IoCqringOffsets(
        @Unsigned int head,
        @Unsigned int tail,
        @Unsigned int ringMask,
        @Unsigned int ringEntries,
        @Unsigned int overflow,
        @Unsigned int cqes,
        @Unsigned int flags,
        @Unsigned int resv1,
        @Unsigned long resv2) {}
