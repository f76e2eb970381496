package org.abistruct.examples.linux;

import org.abistruct.AbiStruct;
import org.abistruct.Unsigned;

/** {@code struct io_uring_cqe} of {@code linux/io_uring.h}, a completion: 16 bytes. */
@AbiStruct(name = "io_uring_cqe")
public record IoUringCqe(@Unsigned long userData, int res, @Unsigned int flags) {}
