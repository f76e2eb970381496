package org.abistruct.examples.linux;

import java.util.Map;

/** The names of the {@code errno} values of the generic Linux ABI (x86, arm, riscv, s390). */
final class Errno {
    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(1, "EPERM"), Map.entry(2, "ENOENT"), Map.entry(4, "EINTR"),
            Map.entry(5, "EIO"), Map.entry(6, "ENXIO"), Map.entry(9, "EBADF"),
            Map.entry(11, "EAGAIN"), Map.entry(12, "ENOMEM"), Map.entry(13, "EACCES"),
            Map.entry(14, "EFAULT"), Map.entry(16, "EBUSY"), Map.entry(17, "EEXIST"),
            Map.entry(19, "ENODEV"), Map.entry(22, "EINVAL"), Map.entry(24, "EMFILE"),
            Map.entry(25, "ENOTTY"), Map.entry(28, "ENOSPC"), Map.entry(38, "ENOSYS"),
            Map.entry(95, "EOPNOTSUPP"));

    private Errno() {}

    static String name(int errno) {
        return NAMES.getOrDefault(errno, "errno");
    }
}
