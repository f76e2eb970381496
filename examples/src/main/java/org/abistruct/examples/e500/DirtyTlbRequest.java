package org.abistruct.examples.e500;

import org.abistruct.examples.kvm.KvmDirtyTlb;

/**
 * What user space hands to KVM_DIRTY_TLB: the {@code kvm_dirty_tlb} argument and the bitmap
 * bytes to place at its {@code bitmap} address.
 */
public record DirtyTlbRequest(KvmDirtyTlb argument, byte[] bitmap) {
    public DirtyTlbRequest {
        bitmap = bitmap.clone();
    }

    @Override
    public byte[] bitmap() {
        return bitmap.clone();
    }
}
