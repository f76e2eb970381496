// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_buf} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_buf {
 *     __u64 addr;
 *     __u32 len;
 *     __u16 bid;
 *     __u16 resv;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_buf")
public record IoUringBuf(
        @Unsigned long addr,
        @Unsigned int len,
        @Unsigned short bid,
        @Unsigned short resv) {}
