package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.junit.jupiter.api.Test;

/**
 * Translation on hand-built TLBs. MAS1 values are worked out by hand from the field encodings
 * (V = 0x80000000, TID at bit 16, TS = 0x1000, TSIZE at bit 7, page = 1 KiB << TSIZE):
 * 4 KiB is TSIZE 2 (0x100), 64 MiB is TSIZE 16 (0x800), 1 GiB is TSIZE 20 (0xA00).
 */
class TranslatorTest {

    private static final int GLOBAL_4K = 0x8000_0100;
    private static final int TID5_4K = 0x8005_0100;
    private static final int TS1_4K = 0x8000_1100;
    private static final int GLOBAL_64M = 0x8000_0800;
    private static final int GLOBAL_1G = 0x8000_0A00;
    private static final int INVALID_4K = 0x0000_0100;

    /** TLB0: 16 entries, 4 sets of 4 ways (indices 0-15); TLB1: 8 entries (indices 16-23). */
    private final TlbGeometry geometry = new TlbGeometry(16, 4, 4, 8);
    private final BufferEntryArray array =
            new BufferEntryArray(ByteBuffer.allocate(24 * 24), 0, 24, KvmBook3e206TlbEntryLayout.PPC32);
    private final Translator translator = new Translator(geometry, array);

    private void put(int index, int mas1, long mas2, long mas73) {
        array.setMas1(index, mas1);
        array.setMas2(index, mas2);
        array.setMas73(index, mas73);
    }

    @Test
    void globalFourKiBTlb0Entry() {
        // 0x10003000 hashes to set 0x10003 & 3 = 3; way 1 is index 3 * 4 + 1 = 13.
        put(13, GLOBAL_4K, 0x1000_3004L, 0x0000_0002_0000_503FL);
        TlbHit hit = translator.translate(0x1000_3ABCL, 0, 7).single();
        assertEquals(new TlbHit(13, new EntrySlot(0, 3, 1), 4096, 0x2_0000_5ABCL), hit);
        assertEquals(0x2_0000_5ABCL, translator.translate(0x1000_3ABCL, 0, 0).single().physicalAddress());
        assertTrue(translator.translate(0x1000_4ABCL, 0, 7).isMiss(), "the next page");
    }

    @Test
    void perPidEntryMatchesOnlyItsPid() {
        put(0, TID5_4K, 0x2000_0000L, 0x7000L | 0x3F);
        assertEquals(0x7123L, translator.translate(0x2000_0123L, 0, 5).single().physicalAddress());
        assertTrue(translator.translate(0x2000_0123L, 0, 6).isMiss());
        assertTrue(translator.translate(0x2000_0123L, 0, 0).isMiss(), "PID 0 is not TID 5");
    }

    @Test
    void tidIsFourteenBitsWide() {
        // TID 0x1234 << 16 = 0x12340000.
        put(1, 0x8000_0100 | 0x1234_0000, 0x2000_0000L, 0x7000L);
        assertEquals(0x7000L, translator.translate(0x2000_0000L, 0, 0x1234).single().physicalAddress());
        assertTrue(translator.translate(0x2000_0000L, 0, 0x34).isMiss());
    }

    @Test
    void addressSpaceMustMatchTs() {
        put(2, TS1_4K, 0x3000_0000L, 0x8000L);
        assertEquals(0x8FFFL, translator.translate(0x3000_0FFFL, 1, 0).single().physicalAddress());
        assertTrue(translator.translate(0x3000_0FFFL, 0, 0).isMiss());
    }

    @Test
    void onlyTheHashedTlb0SetIsSearched() {
        // 0x40000000 hashes to set 0; an entry for it in set 1 (index 4) is never found.
        put(4, GLOBAL_4K, 0x4000_0000L, 0x9000L);
        assertTrue(translator.translate(0x4000_0000L, 0, 0).isMiss());
        put(3, GLOBAL_4K, 0x4000_0000L, 0x9000L);
        assertEquals(3, translator.translate(0x4000_0000L, 0, 0).single().index());
    }

    @Test
    void invalidEntriesNeverMatch() {
        put(5, INVALID_4K, 0x0000_5000L, 0xA000L);
        assertTrue(translator.translate(0x0000_5000L, 0, 0).isMiss());
        assertThrows(IllegalStateException.class, () -> translator.translate(0x0000_5000L, 0, 0).single());
    }

    @Test
    void largeTlb1Page() {
        put(16, GLOBAL_64M, 0xC000_0000L, 0x15L);
        Translation inside = translator.translate(0xC123_4567L, 0, 9);
        assertEquals(new TlbHit(16, new EntrySlot(1, 0, 0), 64L << 20, 0x0123_4567L), inside.single());
        assertEquals(0x03FF_FFFFL, translator.translate(0xC3FF_FFFFL, 0, 9).single().physicalAddress());
        assertTrue(translator.translate(0xC400_0000L, 0, 9).isMiss(), "past 64 MiB");
        assertTrue(translator.translate(0xBFFF_FFFFL, 0, 9).isMiss(), "below the page");
    }

    @Test
    void gibPageWithMas7HighRealAddressBits() {
        // RPN 0x1_4000_0000: MAS7 = 1. 0x7ABCDEF0 - 0x40000000 = 0x3ABCDEF0 into the page.
        put(23, GLOBAL_1G, 0x4000_0000L, 0x0000_0001_4000_0000L);
        TlbHit hit = translator.translate(0x7ABC_DEF0L, 0, 0).single();
        assertEquals(new TlbHit(23, new EntrySlot(1, 0, 7), 1L << 30, 0x1_7ABC_DEF0L), hit);
    }

    @Test
    void epnAndRpnBitsInsideTheLargePageAreIgnored() {
        // 64 MiB page: EPN 0xC0123000 and RPN 0x01235000 keep only bits 26 and up.
        put(17, GLOBAL_64M, 0xC012_3000L, 0x0123_5000L);
        assertEquals(0x0000_0010L, translator.translate(0xC000_0010L, 0, 0).single().physicalAddress());
    }

    @Test
    void effectiveAddressesAreSixtyFourBits() {
        put(18, GLOBAL_4K, 0x0000_0010_0000_0000L, 0x9000L);
        assertEquals(0x9ABCL, translator.translate(0x0000_0010_0000_0ABCL, 0, 0).single().physicalAddress());
        assertTrue(translator.translate(0x0000_0000_0000_0ABCL, 0, 0).isMiss());
    }

    @Test
    void everyMatchingEntryIsReportedOnAMultiHit() {
        put(13, GLOBAL_4K, 0x1000_3000L, 0x2_0000_5000L);
        put(17, GLOBAL_1G, 0x0000_0000L, 0x1_0000_0000L);
        Translation translation = translator.translate(0x1000_3ABCL, 0, 7);
        assertTrue(translation.isMultiHit());
        assertFalse(translation.isMiss());
        assertEquals(List.of(
                new TlbHit(13, new EntrySlot(0, 3, 1), 4096, 0x2_0000_5ABCL),
                new TlbHit(17, new EntrySlot(1, 0, 1), 1L << 30, 0x1_1000_3ABCL)), translation.hits());
        assertThrows(IllegalStateException.class, translation::single);
    }

    @Test
    void anEmptyTlbMissesEverything() {
        assertTrue(translator.translate(0, 0, 0).isMiss());
        assertTrue(translator.translate(-1L, 1, MasFields.MAX_TID).isMiss());
    }

    @Test
    void argumentsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> translator.translate(0, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> translator.translate(0, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> translator.translate(0, 0, 0x4000));
        assertThrows(IllegalArgumentException.class, () -> new Translator(new TlbGeometry(512, 4, 128, 16), array));
    }

    @Test
    void masFieldEncodingsMatchTheKernelHeaders() {
        // mmu-book3e.h: MAS1_TID(x) masks 0x3FFF0000, MAS1_TS 0x1000, MAS1_TSIZE_MASK 0xF80
        // at shift 7, BOOK3E_PAGESZ_4K 2.
        assertEquals(0x9234_1100, MasFields.mas1(true, 0x1234, 1, 2));
        assertEquals(0x1234, MasFields.tid(0x9234_1100));
        assertEquals(1, MasFields.ts(0x9234_1100));
        assertEquals(4096, MasFields.pageBytes(0x9234_1100));
        assertEquals(1L << 41, MasFields.pageBytes(0x0000_0F80), "TSIZE 31");
        assertThrows(IllegalArgumentException.class, () -> MasFields.mas1(true, 0x4000, 0, 2));
    }
}
