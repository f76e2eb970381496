// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_file_index_range} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_file_index_range {
 *     __u32 off;
 *     __u32 len;
 *     __u64 resv;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_file_index_range")
public record IoUringFileIndexRange(
        @Unsigned int off,
        @Unsigned int len,
        @Unsigned long resv) {}
