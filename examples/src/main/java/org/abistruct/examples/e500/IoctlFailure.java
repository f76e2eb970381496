package org.abistruct.examples.e500;

import java.util.Objects;

/** An ioctl that returned -1: the errno the kernel set and why. */
public final class IoctlFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The errno values the shared-TLB calls fail with. */
    public enum Errno {
        /** An address does not lie in user memory. */
        EFAULT,
        /** An argument breaks a rule. */
        EINVAL,
        /** The vcpu is inside KVM_RUN. */
        EBUSY
    }

    private final Errno errno;

    IoctlFailure(Errno errno, String message) {
        super(errno + ": " + message);
        this.errno = Objects.requireNonNull(errno, "errno");
    }

    public Errno errno() {
        return errno;
    }
}
