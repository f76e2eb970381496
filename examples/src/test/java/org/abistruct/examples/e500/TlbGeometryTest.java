package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Flat index, set hash and array length of the documented array order. */
class TlbGeometryTest {

    /** e500v2: TLB0 512 entries in 128 sets of 4 ways, TLB1 16. */
    private final TlbGeometry e500v2 = new TlbGeometry(512, 4, 128, 16);

    @Test
    void flatIndexIsTlb1OffsetPlusSetTimesWaysPlusWay() {
        assertEquals(0, e500v2.indexOf(new EntrySlot(0, 0, 0)));
        assertEquals(5 * 4 + 3, e500v2.indexOf(new EntrySlot(0, 5, 3)));
        assertEquals(127 * 4 + 3, e500v2.indexOf(new EntrySlot(0, 127, 3)));
        assertEquals(512, e500v2.indexOf(new EntrySlot(1, 0, 0)));
        assertEquals(527, e500v2.indexOf(new EntrySlot(1, 0, 15)));
        assertEquals(new EntrySlot(0, 5, 3), e500v2.slotOf(23));
        assertEquals(new EntrySlot(1, 0, 15), e500v2.slotOf(527));
    }

    @Test
    void everyIndexRoundTrips() {
        for (TlbGeometry geometry : new TlbGeometry[] {e500v2, new TlbGeometry(1024, 8, 128, 64),
                new TlbGeometry(2, 2, 1, 0)}) {
            for (long i = 0; i < geometry.totalEntries(); i++) {
                assertEquals(i, geometry.indexOf(geometry.slotOf(i)), geometry + " entry " + i);
            }
            for (int tlb = 0; tlb < 2; tlb++) {
                for (long set = 0; set < geometry.sets(tlb); set++) {
                    for (long way = 0; way < geometry.ways(tlb); way++) {
                        EntrySlot slot = new EntrySlot(tlb, set, way);
                        assertEquals(slot, geometry.slotOf(geometry.indexOf(slot)));
                    }
                }
            }
        }
    }

    @Test
    void slotsOutsideTheGeometryAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> e500v2.indexOf(new EntrySlot(0, 128, 0)));
        assertThrows(IllegalArgumentException.class, () -> e500v2.indexOf(new EntrySlot(0, 0, 4)));
        assertThrows(IllegalArgumentException.class, () -> e500v2.indexOf(new EntrySlot(1, 0, 16)));
        assertThrows(IllegalArgumentException.class, () -> e500v2.indexOf(new EntrySlot(1, 1, 0)));
        assertThrows(IndexOutOfBoundsException.class, () -> e500v2.slotOf(528));
        assertThrows(IndexOutOfBoundsException.class, () -> e500v2.slotOf(-1));
    }

    @Test
    void kernelGeometryOfTenEntriesInFourWaysLeavesTwoEntriesNoAddressReaches() {
        TlbGeometry tenByFour = new TlbGeometry(10, 4, 2, 16);
        assertEquals(new EntrySlot(0, 1, 3), tenByFour.slotOf(7));
        assertThrows(IllegalArgumentException.class, () -> tenByFour.slotOf(8));
        assertThrows(IllegalArgumentException.class, () -> tenByFour.slotOf(9));
        assertEquals(new EntrySlot(1, 0, 0), tenByFour.slotOf(10));
        assertEquals(25, tenByFour.indexOf(new EntrySlot(1, 0, 15)));
    }

    @Test
    void tlb0SetIsMas2ShiftedTwelveMaskedBySetsMinusOne() {
        // 0x12345000 >> 12 = 0x12345; & 0x7F = 0x45.
        assertEquals(0x45, e500v2.tlb0SetOf(0x1234_5000L));
        assertEquals(0x45, e500v2.tlb0SetOf(0x1234_5FFFL), "the page offset does not count");
        assertEquals(0x46, e500v2.tlb0SetOf(0x1234_6000L));
        // MAS2's WIMGE bits (0-4) and a 64-bit EPN: 0xFFFF_FFFF_FFFF_F01F >> 12 & 0x7F = 0x7F.
        assertEquals(0x7F, e500v2.tlb0SetOf(0xFFFF_FFFF_FFFF_F01FL));
        assertEquals(0, new TlbGeometry(4, 4, 1, 0).tlb0SetOf(0xDEAD_B000L), "one set");
    }

    @Test
    void requiredArrayLenIsEntriesTimesEntrySize() {
        assertEquals(528 * 24, e500v2.requiredArrayLen(24));
        assertEquals(528 * 32, e500v2.requiredArrayLen(32));
        assertTrue(e500v2.arrayLenSuffices(12_672, 24));
        assertFalse(e500v2.arrayLenSuffices(12_671, 24));
        assertTrue(e500v2.arrayLenSuffices(-1, 24), "0xFFFFFFFF is read unsigned");
        assertThrows(IllegalArgumentException.class, () -> e500v2.requiredArrayLen(0));
    }

    @Test
    void requiredArrayLenNeverWraps() {
        TlbGeometry huge = new TlbGeometry(0xFFFF_FFFFL, 1L << 31, 1, 0xFFFF_FFFFL);
        // (2^32 - 1) x 2 = 8,589,934,590 entries x 24.
        assertEquals(206_158_430_160L, huge.requiredArrayLen(24));
        assertFalse(huge.arrayLenSuffices(-1, 24));
    }

    @Test
    void invalidShapesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TlbGeometry(512, 3, 128, 16));
        assertThrows(IllegalArgumentException.class, () -> new TlbGeometry(512, 4, 3, 16));
        assertThrows(IllegalArgumentException.class, () -> new TlbGeometry(512, 4, 256, 16));
        assertThrows(IllegalArgumentException.class, () -> new TlbGeometry(1L << 32, 4, 128, 16));
    }
}
