package org.abistruct.examples.linux;

import org.abistruct.AbiStruct;
import org.abistruct.CName;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_sqe} of {@code linux/io_uring.h}, a submission: 64 bytes on every ABI.
 * Each of the kernel's unions is declared here by the member the reads and no-ops use:
 * {@code off}, {@code addr}, {@code rw_flags}, {@code buf_index}, {@code splice_fd_in},
 * {@code addr3}.
 */
@AbiStruct(name = "io_uring_sqe")
public record IoUringSqe(@Unsigned byte opcode, @Unsigned byte flags, @Unsigned short ioprio,
                         int fd, @Unsigned long off, @Unsigned long addr, @Unsigned int len,
                         @CName("rw_flags") int rwFlags, @Unsigned long userData,
                         @Unsigned short bufIndex, @Unsigned short personality,
                         int spliceFdIn, @Unsigned long addr3,
                         @CName("__pad2") @Unsigned long pad2) {}
