package org.abistruct.examples.e500;

import org.abistruct.examples.kvm.KvmBook3e206TlbParams;

/** Builds {@code kvm_book3e_206_tlb_params} records for tests, values given as unsigned longs. */
final class Params {

    private Params() {}

    static KvmBook3e206TlbParams of(long size0, long ways0, long size1, long ways1) {
        return of(new long[] {size0, size1, 0, 0}, new long[] {ways0, ways1, 0, 0});
    }

    static KvmBook3e206TlbParams of(long[] sizes, long[] ways) {
        return new KvmBook3e206TlbParams(u32(sizes), u32(ways), new int[8]);
    }

    private static int[] u32(long[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("not a u32: " + values[i]);
            }
            out[i] = (int) values[i];
        }
        return out;
    }

    /** An array_len given as an unsigned long. */
    static int len(long bytes) {
        if (bytes < 0 || bytes > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not a u32: " + bytes);
        }
        return (int) bytes;
    }
}
