package org.abistruct.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * The runtime's loads and stores: the struct check, the byte order given whatever the buffer's,
 * words of 4 and 8 bytes, and the room of a flexible array.
 */
class BufferAccessTest {
    private static byte[] bytes(ByteBuffer buf) {
        byte[] out = new byte[buf.capacity()];
        buf.get(0, out);
        return out;
    }

    @Test
    void storesInTheGivenOrderWhateverTheBuffers() {
        ByteBuffer buf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        BufferAccess.setInt(buf, 0, 8, 4, true, 0x01020304);
        assertArrayEquals(new byte[] {0, 0, 0, 0, 1, 2, 3, 4}, bytes(buf));
        BufferAccess.setShort(buf, 0, 8, 0, false, (short) 0x0506);
        assertArrayEquals(new byte[] {6, 5, 0, 0, 1, 2, 3, 4}, bytes(buf));
        assertEquals(0x01020304, BufferAccess.getInt(buf, 0, 8, 4, true));
        assertEquals(0x04030201, BufferAccess.getInt(buf, 0, 8, 4, false));
        assertEquals(0, buf.position());
        assertEquals(ByteOrder.LITTLE_ENDIAN, buf.order());
    }

    @Test
    void aStructPastTheLimitIsRefusedBeforeAnyByteMoves() {
        ByteBuffer buf = ByteBuffer.allocate(16);
        assertThrows(IndexOutOfBoundsException.class,
                () -> BufferAccess.setLong(buf, 4, 16, 0, false, -1L));
        assertThrows(IndexOutOfBoundsException.class,
                () -> BufferAccess.getByte(buf, -1, 4, 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> BufferAccess.check(ByteBuffer.allocate(3), 0, 4));
        assertArrayEquals(new byte[16], bytes(buf));
        assertEquals(12, BufferAccess.check(buf, 12, 4));
    }

    @Test
    void everyFormOfTheCheckHasTheStructsBounds() {
        int[] offsets = {-9, -1, 0, 1, 3, 7, 8, 12, 15, 16, 17, 24, Integer.MAX_VALUE - 3,
                Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int limit = 0; limit <= 24; limit++) {
            ByteBuffer buf = ByteBuffer.allocate(32).limit(limit);
            for (int size = 1; size <= 20; size++) {
                for (int offset : offsets) {
                    boolean inside = offset >= 0 && (long) offset + size <= limit;
                    assertForm(inside, buf, offset, size, 0);
                    for (int width : new int[] {1, 2, 4, 8}) {
                        assertForm(inside, buf, offset, size, width);
                    }
                }
            }
        }
    }

    /** The check of {@code width} bytes (0: the plain one) returns offset or throws. */
    private static void assertForm(boolean inside, ByteBuffer buf, int offset, int size,
                                   int width) {
        String what = "limit " + buf.limit() + ", offset " + offset + ", size " + size
                + ", width " + width;
        if (inside) {
            assertEquals(offset, width == 0 ? BufferAccess.check(buf, offset, size)
                    : BufferAccess.check(buf, offset, size, width), what);
        } else {
            assertThrows(IndexOutOfBoundsException.class, () -> {
                if (width == 0) {
                    BufferAccess.check(buf, offset, size);
                } else {
                    BufferAccess.check(buf, offset, size, width);
                }
            }, what);
        }
    }

    @Test
    void fourByteWordsWidenAndRefuseWhatDoesNotFit() {
        ByteBuffer buf = ByteBuffer.allocate(8);
        BufferAccess.setWord(buf, 0, 8, 0, false, 4, false, 0xFFFF_FFFFL, "p", "void *");
        assertEquals(0xFFFF_FFFFL, BufferAccess.getWord(buf, 0, 8, 0, false, 4, false));
        assertEquals(-1L, BufferAccess.getWord(buf, 0, 8, 0, false, 4, true));
        IllegalArgumentException unsigned = assertThrows(IllegalArgumentException.class,
                () -> BufferAccess.setWord(buf, 0, 8, 4, false, 4, false, 1L << 32, "p",
                        "void *"));
        assertEquals("p: 0x100000000 does not fit a 4-byte void *", unsigned.getMessage());
        IllegalArgumentException signed = assertThrows(IllegalArgumentException.class,
                () -> BufferAccess.setWord(buf, 0, 8, 4, false, 4, true, 1L << 31, "n", "long"));
        assertEquals("n: 2147483648 does not fit a 4-byte long", signed.getMessage());
        assertEquals(0, buf.getInt(4), "a refused value writes nothing");
        BufferAccess.setWord(buf, 0, 8, 0, true, 8, false, 1L << 32, "p", "void *");
        assertEquals(1L << 32, BufferAccess.getWord(buf, 0, 8, 0, true, 8, false));
    }

    @Test
    void capacityCountsWholeElementsUpToTheLimit() {
        ByteBuffer buf = ByteBuffer.allocate(30);
        assertEquals(5, BufferAccess.capacity(buf, 2, 8, 4));
        assertEquals(0, BufferAccess.capacity(buf, 40, 8, 4));
    }

    @Test
    void elementOffsetRefusesNegativeIndexesAndOverflow() {
        assertEquals(100 + 3 * 24, BufferAccess.elementOffset(100, 3, 24));
        assertThrows(IndexOutOfBoundsException.class, () -> BufferAccess.elementOffset(0, -1, 8));
        assertThrows(ArithmeticException.class,
                () -> BufferAccess.elementOffset(0, Integer.MAX_VALUE, 8));
    }

    @Test
    void zeroClearsExactlyTheRange() {
        for (int count = 0; count <= 19; count++) {
            ByteBuffer buf = ByteBuffer.allocate(24);
            for (int i = 0; i < 24; i++) {
                buf.put(i, (byte) 0x5A);
            }
            BufferAccess.zero(buf, 3, count);
            for (int i = 0; i < 24; i++) {
                boolean cleared = i >= 3 && i < 3 + count;
                assertTrue(buf.get(i) == (cleared ? 0 : 0x5A), "count " + count + " byte " + i);
            }
        }
    }
}
