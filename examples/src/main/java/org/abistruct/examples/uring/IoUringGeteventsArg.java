// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_getevents_arg} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_getevents_arg {
 *     __u64 sigmask;
 *     __u32 sigmask_sz;
 *     __u32 pad;
 *     __u64 ts;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_getevents_arg")
public record IoUringGeteventsArg(
        @Unsigned long sigmask,
        @Unsigned int sigmaskSz,
        @Unsigned int pad,
        @Unsigned long ts) {}
