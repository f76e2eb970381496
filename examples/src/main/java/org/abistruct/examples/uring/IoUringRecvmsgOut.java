// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_recvmsg_out} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_recvmsg_out {
 *     __u32 namelen;
 *     __u32 controllen;
 *     __u32 payloadlen;
 *     __u32 flags;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_recvmsg_out")
public record IoUringRecvmsgOut(
        @Unsigned int namelen,
        @Unsigned int controllen,
        @Unsigned int payloadlen,
        @Unsigned int flags) {}
