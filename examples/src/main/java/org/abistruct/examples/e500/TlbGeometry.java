package org.abistruct.examples.e500;

/**
 * The shape of an accepted shared TLB: TLB0 as {@code sets} x {@code ways} (its first
 * {@code sets * ways} entries are reachable through the set hash) followed by a fully
 * associative TLB1, with the flat-index arithmetic of the documented array order.
 *
 * <p>{@code tlb0Entries} may exceed {@code sets * ways}: the kernel accepts a TLB0 size that is
 * not a multiple of its ways and leaves the extra entries where no address hashes.
 */
public record TlbGeometry(long tlb0Entries, long tlb0Ways, long tlb0Sets, long tlb1Entries) {

    private static final long U32_MAX = 0xFFFF_FFFFL;

    public TlbGeometry {
        if (tlb0Entries < 0 || tlb0Entries > U32_MAX || tlb1Entries < 0 || tlb1Entries > U32_MAX) {
            throw new IllegalArgumentException("TLB sizes must be unsigned 32-bit values");
        }
        if (!TlbParamValues.isPowerOfTwo(tlb0Ways) || tlb0Ways > U32_MAX) {
            throw new IllegalArgumentException("TLB0 ways must be a 32-bit power of two: " + tlb0Ways);
        }
        if (!TlbParamValues.isPowerOfTwo(tlb0Sets) || tlb0Sets > U32_MAX) {
            throw new IllegalArgumentException("TLB0 sets must be a 32-bit power of two: " + tlb0Sets);
        }
        if (Math.multiplyHigh(tlb0Sets, tlb0Ways) != 0 || tlb0Sets * tlb0Ways > tlb0Entries) {
            throw new IllegalArgumentException(tlb0Sets + " sets of " + tlb0Ways
                    + " ways do not fit in " + tlb0Entries + " TLB0 entries");
        }
    }

    /** Entries in the whole array: all of TLB0, then all of TLB1. */
    public long totalEntries() {
        return tlb0Entries + tlb1Entries;
    }

    /** The flat index where TLB1 begins, {@code tlb_sizes[0]}. */
    public long tlb1Offset() {
        return tlb0Entries;
    }

    /** Entries of TLB {@code tlb} (0 or 1). */
    public long entries(int tlb) {
        return tlb == 0 ? tlb0Entries : requireTlb1(tlb);
    }

    /** Sets of TLB {@code tlb}: TLB1, fully associative, is one set. */
    public long sets(int tlb) {
        return tlb == 0 ? tlb0Sets : Math.min(1, requireTlb1(tlb));
    }

    /** Ways of TLB {@code tlb}: TLB1 has as many ways as entries. */
    public long ways(int tlb) {
        return tlb == 0 ? tlb0Ways : requireTlb1(tlb);
    }

    /** The TLB0 set an address (or a MAS2 value) hashes to: {@code (MAS2 >> 12) & (sets - 1)}. */
    public long tlb0SetOf(long mas2) {
        return (mas2 >>> 12) & (tlb0Sets - 1);
    }

    /** The flat array index of a slot: {@code (tlb == 1 ? tlb_sizes[0] : 0) + set * ways + way}. */
    public long indexOf(EntrySlot slot) {
        int tlb = slot.tlb();
        if (slot.set() >= sets(tlb) || slot.way() >= ways(tlb)) {
            throw new IllegalArgumentException(slot + " lies outside TLB" + tlb + " of " + this);
        }
        long base = tlb == 0 ? 0 : tlb1Offset();
        return base + slot.set() * ways(tlb) + slot.way();
    }

    /** The slot at a flat array index; throws for a TLB0 entry no set and way reach. */
    public EntrySlot slotOf(long index) {
        if (index < 0 || index >= totalEntries()) {
            throw new IndexOutOfBoundsException("entry " + index + " of " + totalEntries());
        }
        if (index >= tlb1Offset()) {
            return new EntrySlot(1, 0, index - tlb1Offset());
        }
        if (index >= tlb0Sets * tlb0Ways) {
            throw new IllegalArgumentException("entry " + index + " lies past TLB0's " + tlb0Sets
                    + " sets of " + tlb0Ways + " ways: no address hashes to it");
        }
        return new EntrySlot(0, index / tlb0Ways, index % tlb0Ways);
    }

    /** Bytes the array needs: total entries x {@code entrySize}, never wrapped. */
    public long requiredArrayLen(int entrySize) {
        if (entrySize <= 0) {
            throw new IllegalArgumentException("entry size must be positive: " + entrySize);
        }
        return Math.multiplyExact(totalEntries(), (long) entrySize);
    }

    /** Whether {@code arrayLen}, a {@code __u32} read as unsigned, covers the required bytes. */
    public boolean arrayLenSuffices(int arrayLen, int entrySize) {
        return Integer.toUnsignedLong(arrayLen) >= requiredArrayLen(entrySize);
    }

    private long requireTlb1(int tlb) {
        if (tlb != 1) {
            throw new IllegalArgumentException("TLB must be 0 or 1: " + tlb);
        }
        return tlb1Entries;
    }
}
