// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.Anonymous;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_restriction} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_restriction {
 *     __u16 opcode;
 *     union { ... };
 *     __u8 resv;
 *     __u32 resv2[3];
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_restriction")
public record IoUringRestriction(
        @Unsigned short opcode,
        @Anonymous IoUringRestriction.AnonUnion anonUnion,
        @Unsigned byte resv,
        @Unsigned @Length(3) int[] resv2) {

    /**
     * The tagless union {@code io_uring_restriction_anonunion}.
     *
     * <pre>{@code
     * union {
     *     __u8 register_op;
     *     __u8 sqe_op;
     *     __u8 sqe_flags;
     * };
     * }</pre>
     */
    @AbiUnion(name = "io_uring_restriction_anonunion", tagless = true)
    public record AnonUnion(
            @Unsigned byte registerOp,
            @Unsigned byte sqeOp,
            @Unsigned byte sqeFlags) {}
}
