package org.abistruct.examples.linux;

import org.abistruct.AbiStruct;
import org.abistruct.CName;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_params} of {@code linux/io_uring.h}: what {@code io_uring_setup} takes
 * and fills in, the offsets of the ring fields in the memory user space maps among them. The
 * last member of each offsets struct is {@code resv2} as Linux 6.1's headers name it (later
 * ones call it {@code user_addr}).
 */
@AbiStruct(name = "io_uring_params")
public record IoUringParams(@Unsigned int sqEntries, @Unsigned int cqEntries, @Unsigned int flags,
                            @Unsigned int sqThreadCpu, @Unsigned int sqThreadIdle,
                            @Unsigned int features, @Unsigned int wqFd,
                            @Length(3) @Unsigned int[] resv,
                            @CName("sq_off") IoUringParams.SqOffsets sqOff,
                            @CName("cq_off") IoUringParams.CqOffsets cqOff) {

    /** {@code struct io_sqring_offsets}: where the submission ring's fields lie. */
    @AbiStruct(name = "io_sqring_offsets")
    public record SqOffsets(@Unsigned int head, @Unsigned int tail, @Unsigned int ringMask,
                            @Unsigned int ringEntries, @Unsigned int flags,
                            @Unsigned int dropped, @Unsigned int array, @Unsigned int resv1,
                            @Unsigned long resv2) {}

    /** {@code struct io_cqring_offsets}: where the completion ring's fields lie. */
    @AbiStruct(name = "io_cqring_offsets")
    public record CqOffsets(@Unsigned int head, @Unsigned int tail, @Unsigned int ringMask,
                            @Unsigned int ringEntries, @Unsigned int overflow,
                            @Unsigned int cqes, @Unsigned int flags, @Unsigned int resv1,
                            @Unsigned long resv2) {}
}
