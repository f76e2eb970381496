package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.junit.jupiter.api.Test;

/**
 * The entry-array seam over a buffer through the generated accessors. Expected bytes follow the
 * reference layout of {@code struct kvm_book3e_206_tlb_entry}: 24 bytes, mas8 at 0, mas1 at 4,
 * mas2 at 8, mas7_3 at 16, on every ABI.
 */
class BufferEntryArrayTest {

    @Test
    void entryOneLandsAtByte24PlusItsFieldOffsetsBigEndian() {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 2 * 24).order(ByteOrder.LITTLE_ENDIAN);
        BufferEntryArray array = new BufferEntryArray(buffer, 4, 2, KvmBook3e206TlbEntryLayout.PPC32);
        array.write(1, new KvmBook3e206TlbEntry(0x1122_3344, 0x8005_0100, 0x0102_0304_0506_0708L,
                0x1112_1314_1516_1718L));
        byte[] expected = new byte[4 + 48];
        byte[] entry1 = {0x11, 0x22, 0x33, 0x44, (byte) 0x80, 0x05, 0x01, 0x00,
                1, 2, 3, 4, 5, 6, 7, 8, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18};
        System.arraycopy(entry1, 0, expected, 4 + 24, 24);
        assertArrayEquals(expected, buffer.array());
        assertEquals(ByteOrder.LITTLE_ENDIAN, buffer.order(), "the buffer's order is untouched");
        assertEquals(0, buffer.position());
        assertEquals(0x8005_0100, array.mas1(1));
        assertEquals(0x0102_0304_0506_0708L, array.read(1).mas2());
        assertEquals(new KvmBook3e206TlbEntry(0, 0, 0, 0), array.read(0));
    }

    @Test
    void fieldSettersLandWhereTheReferenceLayoutSays() {
        ByteBuffer buffer = ByteBuffer.allocate(3 * 24);
        BufferEntryArray array = new BufferEntryArray(buffer, 0, 3, KvmBook3e206TlbEntryLayout.PPC32);
        array.setMas8(2, 0x0A0B_0C0D);
        array.setMas1(2, 0x8000_0100);
        array.setMas73(2, 0x0000_0001_2345_6000L);
        assertArrayEquals(new byte[] {0x0A, 0x0B, 0x0C, 0x0D, (byte) 0x80, 0, 1, 0},
                Arrays.copyOfRange(buffer.array(), 48, 56));
        assertArrayEquals(new byte[] {0, 0, 0, 1, 0x23, 0x45, 0x60, 0},
                Arrays.copyOfRange(buffer.array(), 64, 72));
    }

    @Test
    void littleEndianAbiStoresLeastSignificantByteFirst() {
        ByteBuffer buffer = ByteBuffer.allocate(24);
        new BufferEntryArray(buffer, 0, 1, KvmBook3e206TlbEntryLayout.PPC64LE).setMas2(0, 0x0102_0304_0506_0708L);
        assertArrayEquals(new byte[] {8, 7, 6, 5, 4, 3, 2, 1}, Arrays.copyOfRange(buffer.array(), 8, 16));
    }

    @Test
    void indexesAndBuffersAreChecked() {
        ByteBuffer buffer = ByteBuffer.allocate(48);
        assertThrows(IllegalArgumentException.class,
                () -> new BufferEntryArray(buffer, 1, 2, KvmBook3e206TlbEntryLayout.PPC32));
        BufferEntryArray array = new BufferEntryArray(buffer, 0, 2, KvmBook3e206TlbEntryLayout.PPC32);
        assertThrows(IndexOutOfBoundsException.class, () -> array.mas1(2));
        assertThrows(IndexOutOfBoundsException.class, () -> array.setMas1(-1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> array.read(2));
    }
}
