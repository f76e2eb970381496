// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_probe_op} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_probe_op {
 *     __u8 op;
 *     __u8 resv;
 *     __u16 flags;
 *     __u32 resv2;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_probe_op")
public record IoUringProbeOp(
        @Unsigned byte op,
        @Unsigned byte resv,
        @Unsigned short flags,
        @Unsigned int resv2) {}
