// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_probe} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_probe {
 *     __u8 last_op;
 *     __u8 ops_len;
 *     __u16 resv;
 *     __u32 resv2[3];
 *     struct io_uring_probe_op ops[];
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_probe")
public record IoUringProbe(
        @Unsigned byte lastOp,
        @Unsigned byte opsLen,
        @Unsigned short resv,
        @Unsigned @Length(3) int[] resv2,
        @Length(0) IoUringProbeOp[] ops) {}
