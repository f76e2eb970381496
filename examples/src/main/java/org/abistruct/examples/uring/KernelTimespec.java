// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;

/**
 * {@code struct __kernel_timespec} of {@code linux/time_types.h}.
 *
 * <pre>{@code
 * struct __kernel_timespec {
 *     __kernel_time64_t tv_sec;
 *     long long tv_nsec;
 * };
 * }</pre>
 */
@AbiStruct(name = "__kernel_timespec")
public record KernelTimespec(
        long tvSec,
        long tvNsec) {}
