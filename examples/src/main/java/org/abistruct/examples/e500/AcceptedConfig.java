package org.abistruct.examples.e500;

/**
 * A configuration the kernel side accepted, as it read it from user memory.
 *
 * @param geometry the shape of the shared TLB
 * @param paramsAddress where it read {@code kvm_book3e_206_tlb_params}
 * @param arrayAddress where the shared entry array starts
 * @param arrayLen the {@code array_len} user space gave, read as unsigned
 * @param entrySize {@code sizeof(struct kvm_book3e_206_tlb_entry)} under the kernel's ABI
 */
public record AcceptedConfig(TlbGeometry geometry, long paramsAddress, long arrayAddress,
        long arrayLen, int entrySize) {}
