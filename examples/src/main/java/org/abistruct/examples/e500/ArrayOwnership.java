package org.abistruct.examples.e500;

/**
 * Who owns the shared entry array: user space, except while KVM_RUN is active, when the array
 * belongs to the kernel and its contents are undefined to user space.
 */
public final class ArrayOwnership {

    private boolean kernelRunning;

    /** Whether user space may touch the array now. */
    public boolean userOwns() {
        return !kernelRunning;
    }

    /**
     * Refuses a user-space access while KVM_RUN is active.
     *
     * @param access what user space tried, such as "write mas1 of entry 5"
     * @throws IllegalStateException naming the access while the kernel owns the array
     */
    public void requireUser(String access) {
        if (kernelRunning) {
            throw new IllegalStateException("user space may not " + access
                    + " of the shared TLB array: it belongs to the kernel while KVM_RUN is active"
                    + " and is handed back, showing the guest TLB, when KVM_RUN returns");
        }
    }

    void enterRun() {
        if (kernelRunning) {
            throw new IllegalStateException("KVM_RUN is already active");
        }
        kernelRunning = true;
    }

    void exitRun() {
        kernelRunning = false;
    }
}
