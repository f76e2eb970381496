// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
package org.abistruct.examples.uring;

import org.abistruct.AbiStruct;
import org.abistruct.Unsigned;

/**
 * {@code struct io_uring_notification_register} of {@code linux/io_uring.h}.
 *
 * <pre>{@code
 * struct io_uring_notification_register {
 *     __u32 nr_slots;
 *     __u32 resv;
 *     __u64 resv2;
 *     __u64 data;
 *     __u64 resv3;
 * };
 * }</pre>
 */
@AbiStruct(name = "io_uring_notification_register")
public record IoUringNotificationRegister(
        @Unsigned int nrSlots,
        @Unsigned int resv,
        @Unsigned long resv2,
        @Unsigned long data,
        @Unsigned long resv3) {}
