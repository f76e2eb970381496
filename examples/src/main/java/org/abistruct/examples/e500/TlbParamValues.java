package org.abistruct.examples.e500;

import java.util.Objects;
import org.abistruct.examples.kvm.KvmBook3e206TlbParams;

/** The {@code __u32} fields of a {@code kvm_book3e_206_tlb_params} read as unsigned longs. */
record TlbParamValues(long[] sizes, long[] ways) {

    static final int TLB_COUNT = 4;

    static TlbParamValues of(KvmBook3e206TlbParams params) {
        Objects.requireNonNull(params, "params");
        return new TlbParamValues(unsigned(params.tlbSizes(), "tlb_sizes"),
                unsigned(params.tlbWays(), "tlb_ways"));
    }

    private static long[] unsigned(int[] values, String name) {
        if (values == null || values.length != TLB_COUNT) {
            throw new IllegalArgumentException(name + " must hold " + TLB_COUNT + " values");
        }
        long[] out = new long[TLB_COUNT];
        for (int i = 0; i < TLB_COUNT; i++) {
            out[i] = Integer.toUnsignedLong(values[i]);
        }
        return out;
    }

    long size(int tlb) {
        return sizes[tlb];
    }

    long ways(int tlb) {
        return ways[tlb];
    }

    static boolean isPowerOfTwo(long value) {
        return value > 0 && Long.bitCount(value) == 1;
    }
}
