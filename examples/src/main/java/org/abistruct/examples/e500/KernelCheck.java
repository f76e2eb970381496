package org.abistruct.examples.e500;

/**
 * The checks mainline Linux makes in {@code kvm_vcpu_ioctl_config_tlb}
 * (arch/powerpc/kvm/e500_mmu.c), in the order it makes them; each fails with EINVAL.
 */
public enum KernelCheck implements TlbRule {
    MMU_TYPE_NOT_NOHV("The kernel accepts only mmu_type KVM_MMU_FSL_BOOKE_NOHV (0)."),
    TLB1_OVER_64("The kernel rejects tlb_sizes[1] > 64."),
    TLB1_WAYS_NOT_SIZE("The kernel rejects tlb_ways[1] != tlb_sizes[1]."),
    TLB2_TLB3_SIZE_NONZERO("The kernel rejects a non-zero tlb_sizes[2] or tlb_sizes[3]."),
    TLB2_TLB3_WAYS_NONZERO("The kernel rejects a non-zero tlb_ways[2] or tlb_ways[3]."),
    TLB0_WAYS_NOT_POWER_OF_TWO("The kernel rejects a tlb_ways[0] that is not a power of two."),
    TLB0_SETS_NOT_POWER_OF_TWO("The kernel rejects a set count tlb_sizes[0] >> ilog2(tlb_ways[0]) "
            + "that is not a power of two."),
    ARRAY_LEN_TOO_SHORT("The kernel rejects array_len below (tlb_sizes[0] + tlb_sizes[1]) entries, "
            + "the sum taken in 32 bits and the product in size_t.");

    private final String sentence;

    KernelCheck(String sentence) {
        this.sentence = sentence;
    }

    @Override
    public String sentence() {
        return sentence;
    }
}
