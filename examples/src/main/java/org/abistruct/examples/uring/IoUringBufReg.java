// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_buf_reg} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_buf_reg {
 *     __u64 ring_addr;
 *     __u32 ring_entries;
 *     __u16 bgid;
 *     __u16 pad;
 *     __u64 resv[3];
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_buf_reg")
public record IoUringBufReg(
        @Unsigned long ringAddr,
        @Unsigned int ringEntries,
        @Unsigned short bgid,
        @Unsigned short pad,
        @Unsigned @Length(3) long[] resv) {}
