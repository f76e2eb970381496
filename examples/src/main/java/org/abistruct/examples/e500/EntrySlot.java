package org.abistruct.examples.e500;

/** Where an entry sits: TLB 0 or 1, its set, and its way (ESEL within the set). */
public record EntrySlot(int tlb, long set, long way) {
    public EntrySlot {
        if (tlb != 0 && tlb != 1) {
            throw new IllegalArgumentException("TLB must be 0 or 1: " + tlb);
        }
        if (set < 0 || way < 0) {
            throw new IllegalArgumentException("set and way must not be negative: " + set + ", " + way);
        }
    }
}
