// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Align;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_files_update} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_files_update {
 *     __u32 offset;
 *     __u32 resv;
 *     __u64 fds;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_files_update")
public record IoUringFilesUpdate(
        @Unsigned int offset,
        @Unsigned int resv,
        @Align(8) @Unsigned long fds) {}
