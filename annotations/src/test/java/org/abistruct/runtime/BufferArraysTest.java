package org.abistruct.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Whole arrays: the bytes of C's row-major order in the byte order given, each element as the
 * element accessors store it, and words checked before any byte is written.
 */
class BufferArraysTest {
    private static byte[] bytes(ByteBuffer buf) {
        byte[] out = new byte[buf.capacity()];
        buf.get(0, out);
        return out;
    }

    @Test
    void aMatrixIsRowMajorInTheOrderGiven() {
        // short m[2][3] four bytes into a 16-byte struct, big-endian: m[i][j] at 4 + (i*3+j)*2.
        ByteBuffer buf = ByteBuffer.allocate(16);
        BufferArrays.set(buf, 0, 16, 4, true, new short[][] {{1, 2, 3}, {0x0405, 5, -1}});
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 1, 0, 2, 0, 3, 4, 5, 0, 5, -1, -1},
                bytes(buf));
        short[][] read = BufferArrays.get(buf, 0, 16, 4, true, new short[2][3]);
        assertArrayEquals(new short[] {0x0405, 5, -1}, read[1]);
        assertEquals(0x0504, BufferArrays.get(buf, 0, 16, 4, false, new short[2][3])[1][0]);
    }

    @Test
    void everyElementTypeReadsBackWhatWasWritten() {
        ByteBuffer buf = ByteBuffer.allocate(64);
        Object[] arrays = {new byte[] {1, -2}, new boolean[] {true, false, true},
                new char[] {'a', 0xFFFF}, new int[][] {{7}, {-8}}, new float[] {1.5f},
                new double[] {-2.25}, new long[] {Long.MIN_VALUE, 3}};
        Object[] empty = {new byte[2], new boolean[3], new char[2], new int[2][1], new float[1],
                new double[1], new long[2]};
        for (int k = 0; k < arrays.length; k++) {
            BufferArrays.set(buf, 8, 56, 0, false, arrays[k]);
            Object read = BufferArrays.get(buf, 8, 56, 0, false, empty[k]);
            assertSame(empty[k], read);
            assertEquals(Arrays.deepToString(new Object[] {arrays[k]}),
                    Arrays.deepToString(new Object[] {read}));
        }
        // A true is stored as 1, whatever byte reads back as true.
        BufferArrays.set(buf, 0, 4, 0, false, new boolean[] {true, false, true, true});
        assertArrayEquals(new byte[] {1, 0, 1, 1}, Arrays.copyOf(bytes(buf), 4));
    }

    @Test
    void fourByteWordsWidenAndNarrowAsTheirSignednessSays() {
        ByteBuffer buf = ByteBuffer.allocate(8);
        BufferArrays.setWords(buf, 0, 8, 0, false, 4, false, new long[] {0xFFFF_FFFFL, 1},
                "p", "void *");
        assertArrayEquals(new byte[] {-1, -1, -1, -1, 1, 0, 0, 0}, bytes(buf));
        assertArrayEquals(new long[] {0xFFFF_FFFFL, 1},
                BufferArrays.getWords(buf, 0, 8, 0, false, 4, false, new long[2]));
        assertArrayEquals(new long[] {-1, 1},
                BufferArrays.getWords(buf, 0, 8, 0, false, 4, true, new long[2]));
    }

    @Test
    void aWordThatDoesNotFitIsRefusedBeforeAnyByteIsWritten() {
        ByteBuffer buf = ByteBuffer.allocate(24);
        long[][] values = {{1, 2, 3}, {4, 1L << 40, 6}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BufferArrays.setWords(buf, 0, 24, 0, true, 4, false, values, "ptrs",
                        "void *"));
        assertEquals("ptrs: 0x10000000000 does not fit a 4-byte void *", e.getMessage());
        assertArrayEquals(new byte[24], bytes(buf));
        // Eight-byte words take every long.
        BufferArrays.setWords(ByteBuffer.allocate(48), 0, 48, 0, true, 8, false, values, "ptrs",
                "void *");
    }

    @Test
    void aStructPastTheLimitIsRefusedBeforeAnyByteIsWritten() {
        ByteBuffer buf = ByteBuffer.allocate(16);
        assertThrows(IndexOutOfBoundsException.class,
                () -> BufferArrays.set(buf, 4, 16, 0, false, new int[] {1, 2}));
        assertThrows(IndexOutOfBoundsException.class,
                () -> BufferArrays.get(buf, -1, 8, 0, false, new int[2]));
        assertArrayEquals(new byte[16], bytes(buf));
    }
}
