package org.abistruct.examples.linux;

import java.io.IOException;

/** A system call that failed, with the {@code errno} it set, by name: {@code ENOTTY (25)}. */
public final class SyscallException extends IOException {
    private final int errno;

    SyscallException(String call, int errno) {
        super(call + ": " + Errno.name(errno) + " (" + errno + ")");
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }

    /** The errno's name, such as {@code EPERM}. */
    public String errnoName() {
        return Errno.name(errno);
    }
}
