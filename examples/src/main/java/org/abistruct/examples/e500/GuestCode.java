package org.abistruct.examples.e500;

/** What the guest does during one KVM_RUN. */
@FunctionalInterface
public interface GuestCode {
    void run(GuestTlb tlb);
}
