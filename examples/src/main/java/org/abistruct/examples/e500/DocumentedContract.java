package org.abistruct.examples.e500;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.abistruct.examples.kvm.KvmBook3e206TlbParams;
import org.abistruct.examples.kvm.KvmConfigTlb;

/**
 * Checks a KVM_CAP_SW_TLB configuration against the documented contract and reports every
 * rule it breaks; all arithmetic on the {@code __u32} fields is done in longs, never wrapped.
 */
public final class DocumentedContract {

    private static final long U32_MAX = 0xFFFF_FFFFL;
    private static final long MIN_TLB0_WAYS = 2;
    private static final long MAX_TLB0_WAYS = 16;
    private static final long MAX_TLB1_ENTRIES = 64;

    private final int entrySize;
    private final Set<MmuType> hostTypes;

    /**
     * @param entrySize bytes of one {@code kvm_book3e_206_tlb_entry}
     * @param hostTypes the MMU types the host supports (the documentation allows both)
     */
    public DocumentedContract(int entrySize, Set<MmuType> hostTypes) {
        if (entrySize <= 0) {
            throw new IllegalArgumentException("entry size must be positive: " + entrySize);
        }
        if (hostTypes.isEmpty()) {
            throw new IllegalArgumentException("a host supports at least one MMU type");
        }
        this.entrySize = entrySize;
        this.hostTypes = EnumSet.copyOf(hostTypes);
    }

    /** A contract for a host that supports both MMU types. */
    public static DocumentedContract anyHost(int entrySize) {
        return new DocumentedContract(entrySize, EnumSet.allOf(MmuType.class));
    }

    /** Checks the params and the {@code mmu_type} and {@code array_len} of a config. */
    public ConfigVerdict<DocumentedRule> check(KvmConfigTlb config, KvmBook3e206TlbParams params) {
        return check(params, config.mmuType(), config.arrayLen());
    }

    /** Checks params with an {@code mmu_type} and {@code array_len}, both {@code __u32}. */
    public ConfigVerdict<DocumentedRule> check(KvmBook3e206TlbParams params, int mmuType, int arrayLen) {
        TlbParamValues p = TlbParamValues.of(params);
        List<DocumentedRule> broken = new ArrayList<>();
        Optional<MmuType> type = MmuType.fromCode(mmuType);
        if (type.isEmpty() || !hostTypes.contains(type.get())) {
            broken.add(DocumentedRule.MMU_TYPE);
        }
        long size0 = p.size(0);
        long ways0 = p.ways(0);
        if (!TlbParamValues.isPowerOfTwo(ways0) || ways0 < MIN_TLB0_WAYS || ways0 > MAX_TLB0_WAYS) {
            broken.add(DocumentedRule.TLB0_WAYS);
        }
        if (ways0 != 0) {
            if (size0 % ways0 != 0) {
                broken.add(DocumentedRule.TLB0_SIZE_MULTIPLE_OF_WAYS);
            } else if (!TlbParamValues.isPowerOfTwo(size0 / ways0)) {
                broken.add(DocumentedRule.TLB0_SETS_POWER_OF_TWO);
            }
        }
        if (p.ways(1) != p.size(1)) {
            broken.add(DocumentedRule.TLB1_FULLY_ASSOCIATIVE);
        }
        if (p.size(1) > MAX_TLB1_ENTRIES) {
            broken.add(DocumentedRule.TLB1_AT_MOST_64);
        }
        if (p.size(2) != 0 || p.size(3) != 0 || p.ways(2) != 0 || p.ways(3) != 0) {
            broken.add(DocumentedRule.TLB2_TLB3_ZERO);
        }
        // Two sizes below 2^32 and an int entry size: the product stays below 2^63.
        long required = (size0 + p.size(1)) * entrySize;
        if (required > U32_MAX) {
            broken.add(DocumentedRule.ARRAY_LEN_UNREPRESENTABLE);
        } else if (Integer.toUnsignedLong(arrayLen) < required) {
            broken.add(DocumentedRule.ARRAY_LEN_TOO_SHORT);
        }
        Optional<TlbGeometry> geometry = broken.isEmpty()
                ? Optional.of(new TlbGeometry(size0, ways0, size0 / ways0, p.size(1)))
                : Optional.empty();
        return new ConfigVerdict<>(broken, geometry, required);
    }
}
