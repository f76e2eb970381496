package org.abistruct.examples.e500;

import org.abistruct.examples.kvm.KvmBook3e206TlbParams;

/** Real Freescale cores and the shared-TLB geometry that matches their hardware TLBs. */
public enum FreescaleCore {
    E500V2(512, 4, 16),
    E500MC(512, 4, 64),
    E5500(512, 4, 64),
    E6500(1024, 8, 64);

    private final int tlb0Entries;
    private final int tlb0Ways;
    private final int tlb1Entries;

    FreescaleCore(int tlb0Entries, int tlb0Ways, int tlb1Entries) {
        this.tlb0Entries = tlb0Entries;
        this.tlb0Ways = tlb0Ways;
        this.tlb1Entries = tlb1Entries;
    }

    /** The {@code kvm_book3e_206_tlb_params} describing this core's TLBs. */
    public KvmBook3e206TlbParams params() {
        return new KvmBook3e206TlbParams(
                new int[] {tlb0Entries, tlb1Entries, 0, 0},
                new int[] {tlb0Ways, tlb1Entries, 0, 0},
                new int[8]);
    }

    /** The geometry of this core's TLBs. */
    public TlbGeometry geometry() {
        return new TlbGeometry(tlb0Entries, tlb0Ways, tlb0Entries / tlb0Ways, tlb1Entries);
    }

    /** The bytes of its shared array with entries of {@code entrySize} bytes. */
    public long arrayLen(int entrySize) {
        return geometry().requiredArrayLen(entrySize);
    }
}
