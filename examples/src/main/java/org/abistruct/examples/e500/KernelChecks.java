package org.abistruct.examples.e500;

import java.util.List;
import java.util.Optional;
import org.abistruct.examples.kvm.KvmBook3e206TlbParams;
import org.abistruct.examples.kvm.KvmConfigTlb;

/**
 * Replays exactly the checks of mainline {@code kvm_vcpu_ioctl_config_tlb}, stopping at the
 * first that fails as the kernel does. The kernel's own arithmetic is reproduced on purpose:
 * the entry count {@code tlb_sizes[0] + tlb_sizes[1]} is a {@code u32} sum that wraps, and the
 * product with the entry size is taken in the kernel's {@code size_t}, so this mode can accept a
 * configuration whose true size far exceeds {@code array_len}; the verdict's geometry still
 * gives the true size.
 */
public final class KernelChecks {

    private static final long U32_MASK = 0xFFFF_FFFFL;
    private static final long MAX_TLB1_ENTRIES = 64;

    private final int entrySize;
    private final int sizeTBits;

    /**
     * @param entrySize bytes of one {@code kvm_book3e_206_tlb_entry} as the kernel sees it
     * @param sizeTBits width of the kernel's {@code size_t}: 32 (e500v2, 32-bit e500mc) or 64
     */
    public KernelChecks(int entrySize, int sizeTBits) {
        if (entrySize <= 0) {
            throw new IllegalArgumentException("entry size must be positive: " + entrySize);
        }
        if (sizeTBits != 32 && sizeTBits != 64) {
            throw new IllegalArgumentException("size_t is 32 or 64 bits: " + sizeTBits);
        }
        this.entrySize = entrySize;
        this.sizeTBits = sizeTBits;
    }

    /** Checks the params and the {@code mmu_type} and {@code array_len} of a config. */
    public ConfigVerdict<KernelCheck> check(KvmConfigTlb config, KvmBook3e206TlbParams params) {
        return check(params, config.mmuType(), config.arrayLen());
    }

    /** Checks params with an {@code mmu_type} and {@code array_len}, both {@code __u32}. */
    public ConfigVerdict<KernelCheck> check(KvmBook3e206TlbParams params, int mmuType, int arrayLen) {
        TlbParamValues p = TlbParamValues.of(params);
        if (mmuType != MmuType.FSL_BOOKE_NOHV.code()) {
            return rejected(KernelCheck.MMU_TYPE_NOT_NOHV);
        }
        if (p.size(1) > MAX_TLB1_ENTRIES) {
            return rejected(KernelCheck.TLB1_OVER_64);
        }
        if (p.ways(1) != p.size(1)) {
            return rejected(KernelCheck.TLB1_WAYS_NOT_SIZE);
        }
        if (p.size(2) != 0 || p.size(3) != 0) {
            return rejected(KernelCheck.TLB2_TLB3_SIZE_NONZERO);
        }
        if (p.ways(2) != 0 || p.ways(3) != 0) {
            return rejected(KernelCheck.TLB2_TLB3_WAYS_NONZERO);
        }
        long ways0 = p.ways(0);
        if (!TlbParamValues.isPowerOfTwo(ways0)) {
            return rejected(KernelCheck.TLB0_WAYS_NOT_POWER_OF_TWO);
        }
        long sets = p.size(0) >>> Long.numberOfTrailingZeros(ways0);
        if (!TlbParamValues.isPowerOfTwo(sets)) {
            return rejected(KernelCheck.TLB0_SETS_NOT_POWER_OF_TWO);
        }
        long kernelRequired = kernelArrayLen(p.size(0), p.size(1));
        if (Integer.toUnsignedLong(arrayLen) < kernelRequired) {
            return new ConfigVerdict<>(List.of(KernelCheck.ARRAY_LEN_TOO_SHORT), Optional.empty(),
                    kernelRequired);
        }
        TlbGeometry geometry = new TlbGeometry(p.size(0), ways0, sets, p.size(1));
        return new ConfigVerdict<>(List.of(), Optional.of(geometry), kernelRequired);
    }

    /** {@code array_len = sizes[0] + sizes[1]} in {@code u32}, then times the entry size in size_t. */
    private long kernelArrayLen(long size0, long size1) {
        long entries = (size0 + size1) & U32_MASK;
        long bytes = entries * entrySize;
        return sizeTBits == 32 ? bytes & U32_MASK : bytes;
    }

    private static ConfigVerdict<KernelCheck> rejected(KernelCheck check) {
        return new ConfigVerdict<>(List.of(check), Optional.empty(), -1);
    }
}
