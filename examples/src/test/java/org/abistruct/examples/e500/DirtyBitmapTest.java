package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmDirtyTlb;
import org.junit.jupiter.api.Test;

/** The KVM_DIRTY_TLB bitmap and the user-space tracker that fills it. */
class DirtyBitmapTest {

    @Test
    void lengthIsOneBitPerEntryRoundedUpTo64Bits() {
        assertEquals(0, DirtyBitmap.byteLength(0));
        assertEquals(8, DirtyBitmap.byteLength(1));
        assertEquals(8, DirtyBitmap.byteLength(64));
        assertEquals(16, DirtyBitmap.byteLength(65));
        assertEquals(72, DirtyBitmap.byteLength(528), "e500v2: 528 bits in 9 words");
        assertEquals(72, DirtyBitmap.byteLength(576), "e500mc: 576 bits, exactly 9 words");
        assertEquals(136, DirtyBitmap.byteLength(1088), "e6500: 1088 bits, 17 words");
    }

    @Test
    void bitZeroIsTheLeastSignificantBitOfTheFirstByte() {
        DirtyTracker tracker = new DirtyTracker(70);
        tracker.markChanged(0);
        tracker.markChanged(9);
        tracker.markChanged(63);
        tracker.markChanged(64);
        tracker.markChanged(69);
        DirtyTlbRequest request = tracker.takeRequest(0x7FFF_1000L);
        byte[] expected = new byte[16];
        expected[0] = 0x01;          // entry 0: byte 0 bit 0
        expected[1] = 0x02;          // entry 9: byte 1 bit 1
        expected[7] = (byte) 0x80;   // entry 63: byte 7 bit 7
        expected[8] = 0x21;          // entries 64 and 69: byte 8 bits 0 and 5
        byte[] actual = request.bitmap();
        assertEquals(16, actual.length);
        for (int i = 0; i < 16; i++) {
            assertEquals(expected[i], actual[i], "byte " + i);
        }
        assertEquals(new KvmDirtyTlb(0x7FFF_1000L, 5), request.argument());
    }

    @Test
    void asLittleEndianWordsTheBitsAreTheEntryNumbers() {
        DirtyTracker tracker = new DirtyTracker(128);
        tracker.markChanged(3);
        tracker.markChanged(100);
        ByteBuffer words = ByteBuffer.wrap(tracker.takeRequest(0).bitmap()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(1L << 3, words.getLong(0));
        assertEquals(1L << (100 - 64), words.getLong(8));
    }

    @Test
    void takingARequestClearsTheMarks() {
        DirtyTracker tracker = new DirtyTracker(16);
        tracker.markChanged(4);
        assertEquals(1, tracker.takeRequest(0x1000).argument().numDirty());
        DirtyTlbRequest next = tracker.takeRequest(0x1000);
        assertEquals(0, next.argument().numDirty());
        assertArrayEquals(new byte[8], next.bitmap());
    }

    @Test
    void markingAllLeavesThePaddingClear() {
        DirtyTracker tracker = new DirtyTracker(528);
        tracker.markAllChanged();
        DirtyTlbRequest request = tracker.takeRequest(0x2000);
        assertEquals(528, request.argument().numDirty());
        byte[] bitmap = request.bitmap();
        for (int i = 0; i < 66; i++) {
            assertEquals((byte) 0xFF, bitmap[i], "byte " + i);
        }
        for (int i = 66; i < 72; i++) {
            assertEquals(0, bitmap[i], "padding byte " + i);
        }
    }

    @Test
    void writesThroughTheTrackingArrayMarkTheirEntries() {
        BufferEntryArray memory = new BufferEntryArray(ByteBuffer.allocate(24 * 10), 0, 10, KvmBook3e206TlbEntryLayout.PPC32);
        DirtyTracker tracker = new DirtyTracker(10);
        EntryArray tracked = tracker.tracking(memory);
        tracked.setMas1(2, 0x8000_0100);
        tracked.write(7, new KvmBook3e206TlbEntry(0, 0x8000_0100, 0x5000, 0x6000));
        tracked.mas2(4);
        assertTrue(tracker.isChanged(2));
        assertTrue(tracker.isChanged(7));
        assertFalse(tracker.isChanged(4), "a read marks nothing");
        assertEquals(2, tracker.changedCount());
        assertEquals(0x5000, memory.mas2(7));
    }

    @Test
    void aTrackerRefusesEntriesItDoesNotCoverBeforeWriting() {
        BufferEntryArray memory = new BufferEntryArray(ByteBuffer.allocate(24 * 10), 0, 10, KvmBook3e206TlbEntryLayout.PPC32);
        EntryArray tracked = new DirtyTracker(8).tracking(memory);
        assertThrows(IndexOutOfBoundsException.class, () -> tracked.setMas1(8, 1));
        assertEquals(0, memory.mas1(8));
        assertThrows(IllegalArgumentException.class, () -> new DirtyTracker(11).tracking(memory));
    }

    @Test
    void fromBytesChecksTheLength() {
        assertThrows(IllegalArgumentException.class, () -> DirtyBitmap.fromBytes(65, new byte[8]));
        DirtyBitmap bitmap = DirtyBitmap.fromBytes(65, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0});
        assertTrue(bitmap.isSet(64));
        assertFalse(bitmap.paddingSet());
        assertTrue(DirtyBitmap.fromBytes(65, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0}).paddingSet());
    }
}
