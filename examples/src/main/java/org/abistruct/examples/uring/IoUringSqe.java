// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.Anonymous;
import org.abistruct.CName;
import org.abistruct.Length;
import org.abistruct.Packed;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_sqe} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_sqe {
 *     __u8 opcode;
 *     __u8 flags;
 *     __u16 ioprio;
 *     __s32 fd;
 *     union { ... };
 *     union { ... };
 *     __u32 len;
 *     union { ... };
 *     __u64 user_data;
 *     union { ... };
 *     __u16 personality;
 *     union { ... };
 *     union { ... };
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_sqe")
public record IoUringSqe(
        @Unsigned byte opcode,
        @Unsigned byte flags,
        @Unsigned short ioprio,
        int fd,
        @Anonymous IoUringSqe.AnonUnion anonUnion,
        @Anonymous IoUringSqe.AnonUnion2 anonUnion2,
        @Unsigned int len,
        @Anonymous IoUringSqe.AnonUnion3 anonUnion3,
        @Unsigned long userData,
        @Anonymous IoUringSqe.AnonUnion4 anonUnion4,
        @Unsigned short personality,
        @Anonymous IoUringSqe.AnonUnion5 anonUnion5,
        @Anonymous IoUringSqe.AnonUnion6 anonUnion6) {

    /**
     * The tagless union {@code io_uring_sqe_anonunion}.
     *
     * <pre>{@code
     * union {
     *     __u64 off;
     *     __u64 addr2;
     *     struct { ... };
     * };
     * }</pre>
     */
    @AbiUnion(name = "io_uring_sqe_anonunion", tagless = true)
    public record AnonUnion(
            @Unsigned long off,
            @Unsigned long addr2,
            @Anonymous IoUringSqe.AnonUnion.AnonStruct anonStruct) {

        /**
         * The tagless struct {@code io_uring_sqe_anonunion_anonstruct}.
         *
         * <pre>{@code
         * struct {
         *     __u32 cmd_op;
         *     __u32 __pad1;
         * };
         * }</pre>
         */
        @AbiStruct(name = "io_uring_sqe_anonunion_anonstruct", tagless = true)
        public record AnonStruct(
                @Unsigned int cmdOp,
                @CName("__pad1") @Unsigned int pad1) {}
    }

    /**
     * The tagless union {@code io_uring_sqe_anonunion2}.
     *
     * <pre>{@code
     * union {
     *     __u64 addr;
     *     __u64 splice_off_in;
     * };
     * }</pre>
     */
    @AbiUnion(name = "io_uring_sqe_anonunion2", tagless = true)
    public record AnonUnion2(
            @Unsigned long addr,
            @Unsigned long spliceOffIn) {}

    /**
     * The tagless union {@code io_uring_sqe_anonunion3}.
     *
     * <pre>{@code
     * union {
     *     __u32 rw_flags;
     *     __u32 fsync_flags;
     *     __u16 poll_events;
     *     __u32 poll32_events;
     *     __u32 sync_range_flags;
     *     __u32 msg_flags;
     *     __u32 timeout_flags;
     *     __u32 accept_flags;
     *     __u32 cancel_flags;
     *     __u32 open_flags;
     *     __u32 statx_flags;
     *     __u32 fadvise_advice;
     *     __u32 splice_flags;
     *     __u32 rename_flags;
     *     __u32 unlink_flags;
     *     __u32 hardlink_flags;
     *     __u32 xattr_flags;
     *     __u32 msg_ring_flags;
     *     __u32 uring_cmd_flags;
     * };
     * }</pre>
     */
    @AbiUnion(name = "io_uring_sqe_anonunion3", tagless = true)
    public record AnonUnion3(
            @Unsigned int rwFlags,
            @Unsigned int fsyncFlags,
            @Unsigned short pollEvents,
            @Unsigned int poll32Events,
            @Unsigned int syncRangeFlags,
            @Unsigned int msgFlags,
            @Unsigned int timeoutFlags,
            @Unsigned int acceptFlags,
            @Unsigned int cancelFlags,
            @Unsigned int openFlags,
            @Unsigned int statxFlags,
            @Unsigned int fadviseAdvice,
            @Unsigned int spliceFlags,
            @Unsigned int renameFlags,
            @Unsigned int unlinkFlags,
            @Unsigned int hardlinkFlags,
            @Unsigned int xattrFlags,
            @Unsigned int msgRingFlags,
            @Unsigned int uringCmdFlags) {}

    /**
     * The tagless union {@code io_uring_sqe_anonunion4}.
     *
     * <pre>{@code
     * union {
     *     __u16 buf_index;
     *     __u16 buf_group;
     * };
     * }</pre>
     */
    @AbiUnion(name = "io_uring_sqe_anonunion4", tagless = true)
    @Packed
    public record AnonUnion4(
            @Unsigned short bufIndex,
            @Unsigned short bufGroup) {}

    /**
     * The tagless union {@code io_uring_sqe_anonunion5}.
     *
     * <pre>{@code
     * union {
     *     __s32 splice_fd_in;
     *     __u32 file_index;
     *     struct { ... };
     * };
     * }</pre>
     */
    @AbiUnion(name = "io_uring_sqe_anonunion5", tagless = true)
    public record AnonUnion5(
            int spliceFdIn,
            @Unsigned int fileIndex,
            @Anonymous IoUringSqe.AnonUnion5.AnonStruct anonStruct2) {

        /**
         * The tagless struct {@code io_uring_sqe_anonunion5_anonstruct}.
         *
         * <pre>{@code
         * struct {
         *     __u16 addr_len;
         *     __u16 __pad3[1];
         * };
         * }</pre>
         */
        @AbiStruct(name = "io_uring_sqe_anonunion5_anonstruct", tagless = true)
        public record AnonStruct(
                @Unsigned short addrLen,
                @CName("__pad3") @Unsigned @Length(1) short[] pad3) {}
    }

    /**
     * The tagless union {@code io_uring_sqe_anonunion6}.
     *
     * <pre>{@code
     * union {
     *     struct { ... };
     *     __u8 cmd[0];
     * };
     * }</pre>
     *
     * <p>{@code __u8 cmd[0];} is left out: abistruct has no zero-length array in a union, and it
     * holds no bytes.
     */
    @AbiUnion(name = "io_uring_sqe_anonunion6", tagless = true)
    public record AnonUnion6(
            @Anonymous IoUringSqe.AnonUnion6.AnonStruct anonStruct3) {

        /**
         * The tagless struct {@code io_uring_sqe_anonunion6_anonstruct}.
         *
         * <pre>{@code
         * struct {
         *     __u64 addr3;
         *     __u64 __pad2[1];
         * };
         * }</pre>
         */
        @AbiStruct(name = "io_uring_sqe_anonunion6_anonstruct", tagless = true)
        public record AnonStruct(
                @Unsigned long addr3,
                @CName("__pad2") @Unsigned @Length(1) long[] pad2) {}
    }
}
