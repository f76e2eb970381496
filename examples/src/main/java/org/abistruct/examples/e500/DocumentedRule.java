package org.abistruct.examples.e500;

/**
 * The rules of the documented contract for KVM_CAP_SW_TLB (the comment on
 * {@code struct kvm_book3e_206_tlb_params} and the KVM_CAP_SW_TLB section of the KVM API
 * documentation).
 */
public enum DocumentedRule implements TlbRule {
    MMU_TYPE("mmu_type must be KVM_MMU_FSL_BOOKE_NOHV (0) or KVM_MMU_FSL_BOOKE_HV (1), "
            + "and one this host supports."),
    TLB0_WAYS("The number of ways of TLB0 must be a power of two between 2 and 16."),
    TLB0_SIZE_MULTIPLE_OF_WAYS("The size of TLB0 must be a multiple of its number of ways."),
    TLB0_SETS_POWER_OF_TWO("The number of TLB0 sets (tlb_sizes[0] / tlb_ways[0]) must be a "
            + "power of two."),
    TLB1_FULLY_ASSOCIATIVE("TLB1 must be fully associative: tlb_ways[1] == tlb_sizes[1]."),
    TLB1_AT_MOST_64("The size of TLB1 may not exceed 64 entries."),
    TLB2_TLB3_ZERO("TLB2 and TLB3 are reserved: their tlb_sizes[] and tlb_ways[] must be zero."),
    ARRAY_LEN_UNREPRESENTABLE("The array these params dictate is larger than a 32-bit array_len "
            + "can describe, so no array_len can be large enough."),
    ARRAY_LEN_TOO_SHORT("array_len must be at least the size dictated by mmu_type and params: "
            + "(tlb_sizes[0] + tlb_sizes[1]) entries.");

    private final String sentence;

    DocumentedRule(String sentence) {
        this.sentence = sentence;
    }

    @Override
    public String sentence() {
        return sentence;
    }
}
