package org.abistruct.examples.e500;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Translates effective addresses through a shared TLB as the Book3E 2.06 MMU does: in TLB0 only
 * the set the address hashes to is searched, in TLB1 every entry; an entry matches when it is
 * valid, its TID is 0 (global) or the PID, its TS is the address space, and the address and the
 * EPN agree above the page offset (page size from TSIZE). The physical address is the RPN from
 * MAS7_3 above the page offset and the effective address below it.
 */
public final class Translator {

    private final TlbGeometry geometry;
    private final EntryArray entries;

    public Translator(TlbGeometry geometry, EntryArray entries) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.entries = Objects.requireNonNull(entries, "entries");
        if (geometry.totalEntries() > entries.entryCount()) {
            throw new IllegalArgumentException("the geometry needs " + geometry.totalEntries()
                    + " entries, the array holds " + entries.entryCount());
        }
    }

    /**
     * @param effectiveAddress the 64-bit effective address
     * @param addressSpace 0 or 1 (MSR[IS] for fetches, MSR[DS] for data)
     * @param pid the current process ID, 0 to {@link MasFields#MAX_TID}
     */
    public Translation translate(long effectiveAddress, int addressSpace, int pid) {
        if (addressSpace != 0 && addressSpace != 1) {
            throw new IllegalArgumentException("address space must be 0 or 1: " + addressSpace);
        }
        if (pid < 0 || pid > MasFields.MAX_TID) {
            throw new IllegalArgumentException("PID must be 0 to " + MasFields.MAX_TID + ": " + pid);
        }
        List<TlbHit> hits = new ArrayList<>();
        long set = geometry.tlb0SetOf(effectiveAddress);
        for (long way = 0; way < geometry.tlb0Ways(); way++) {
            EntrySlot slot = new EntrySlot(0, set, way);
            match(slot, effectiveAddress, addressSpace, pid, hits);
        }
        for (long way = 0; way < geometry.tlb1Entries(); way++) {
            EntrySlot slot = new EntrySlot(1, 0, way);
            match(slot, effectiveAddress, addressSpace, pid, hits);
        }
        return new Translation(effectiveAddress, addressSpace, pid, hits);
    }

    private void match(EntrySlot slot, long ea, int as, int pid, List<TlbHit> hits) {
        int index = Math.toIntExact(geometry.indexOf(slot));
        int mas1 = entries.mas1(index);
        if (!MasFields.valid(mas1)) {
            return;
        }
        int tid = MasFields.tid(mas1);
        if (tid != 0 && tid != pid) {
            return;
        }
        if (MasFields.ts(mas1) != as) {
            return;
        }
        long pageBytes = MasFields.pageBytes(mas1);
        long pageMask = ~(pageBytes - 1);
        long epn = entries.mas2(index) & MasFields.MAS2_EPN_MASK;
        if ((ea & pageMask) != (epn & pageMask)) {
            return;
        }
        long rpn = entries.mas73(index) & MasFields.MAS7_3_RPN_MASK;
        long physical = (rpn & pageMask) | (ea & ~pageMask);
        hits.add(new TlbHit(index, slot, pageBytes, physical));
    }
}
