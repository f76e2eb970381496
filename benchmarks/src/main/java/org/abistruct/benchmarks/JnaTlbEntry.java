package org.abistruct.benchmarks;

import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/** {@code struct kvm_book3e_206_tlb_entry} as a JNA {@link Structure}, the way JNA users declare it. */
@Structure.FieldOrder({"mas8", "mas1", "mas2", "mas7_3"})
public class JnaTlbEntry extends Structure {
    public int mas8;
    public int mas1;
    public long mas2;
    public long mas7_3;

    /** For {@link Structure#toArray(int)}. */
    public JnaTlbEntry() {
    }

    /** The entry at {@code p}, in native memory. */
    public JnaTlbEntry(Pointer p) {
        super(p);
    }
}
