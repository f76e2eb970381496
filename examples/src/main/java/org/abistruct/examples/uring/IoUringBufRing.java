// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.Anonymous;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_buf_ring} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_buf_ring {
 *     union { ... };
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_buf_ring")
public record IoUringBufRing(
        @Anonymous IoUringBufRing.AnonUnion anonUnion) {

    /**
     * The tagless union {@code io_uring_buf_ring_anonunion}.
     *
     * <pre>{@code
     * union {
     *     struct { ... };
     *     struct { ... };
     * };
     * }</pre>
     *
     * <p>{@code struct io_uring_buf bufs[];} is left out: abistruct has no zero-length array in a
     * union, and it holds no bytes.
     */
    @AbiUnion(name = "io_uring_buf_ring_anonunion", tagless = true)
    public record AnonUnion(
            @Anonymous IoUringBufRing.AnonUnion.AnonStruct anonStruct) {

        /**
         * The tagless struct {@code io_uring_buf_ring_anonunion_anonstruct}.
         *
         * <pre>{@code
         * struct {
         *     __u64 resv1;
         *     __u32 resv2;
         *     __u16 resv3;
         *     __u16 tail;
         * };
         * }</pre>
         */
        @AbiStruct(name = "io_uring_buf_ring_anonunion_anonstruct", tagless = true)
        public record AnonStruct(
                @Unsigned long resv1,
                @Unsigned int resv2,
                @Unsigned short resv3,
                @Unsigned short tail) {}
    }
}
