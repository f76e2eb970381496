// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_notification_slot} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_notification_slot {
 *     __u64 tag;
 *     __u64 resv[3];
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_notification_slot")
public record IoUringNotificationSlot(
        @Unsigned long tag,
        @Unsigned @Length(3) long[] resv) {}
