package org.abistruct.examples.e500;

import java.util.Optional;

/** The {@code mmu_type} values of {@code struct kvm_config_tlb} for the e500 family. */
public enum MmuType {
    /** {@code KVM_MMU_FSL_BOOKE_NOHV}: e500 without the embedded hypervisor category. */
    FSL_BOOKE_NOHV(0),
    /** {@code KVM_MMU_FSL_BOOKE_HV}: e500mc and later, with the embedded hypervisor category. */
    FSL_BOOKE_HV(1);

    private final int code;

    MmuType(int code) {
        this.code = code;
    }

    /** The value carried in {@code mmu_type}. */
    public int code() {
        return code;
    }

    /** The type whose code is {@code mmuType} read as unsigned, if there is one. */
    public static Optional<MmuType> fromCode(int mmuType) {
        for (MmuType type : values()) {
            if (type.code == mmuType) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
