package org.abistruct.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The fused moves of the compat converters, byte for byte. */
class CompatCopyTest {
    /** A fused move: copies some bytes from index 1 of {@code from} to index 1 of {@code to}. */
    private interface Fused {
        void move(ByteBuffer from, int fromIndex, ByteBuffer to, int toIndex);
    }

    @Test
    void fusedMovesCopyTheirBytesThenZeroUpToEightWhateverTheBufferOrder() {
        check(CompatCopy::copy4Zero4, new byte[] {0x7F, 1, 2, 3, 4, 0, 0, 0, 0, 0x7F});
        check(CompatCopy::copy2Zero6, new byte[] {0x7F, 1, 2, 0, 0, 0, 0, 0, 0, 0x7F});
        check(CompatCopy::copy1Zero7, new byte[] {0x7F, 1, 0, 0, 0, 0, 0, 0, 0, 0x7F});
    }

    private static void check(Fused move, byte[] expected) {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            ByteBuffer from = ByteBuffer.wrap(new byte[] {9, 1, 2, 3, 4, 5, 6, 7, 8, 9})
                    .order(order);
            ByteBuffer to = ByteBuffer.allocate(10).order(order);
            for (int i = 0; i < 10; i++) {
                to.put(i, (byte) 0x7F);
            }
            move.move(from, 1, to, 1);
            assertArrayEquals(expected, to.array(), order.toString());
        }
    }

    @Test
    void fusedMovesStayInsideBothBuffers() {
        assertThrows(IndexOutOfBoundsException.class,
                () -> CompatCopy.copy4Zero4(ByteBuffer.allocate(4), 1, ByteBuffer.allocate(8), 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> CompatCopy.copy4Zero4(ByteBuffer.allocate(4), 0, ByteBuffer.allocate(7), 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> CompatCopy.copy2Zero6(ByteBuffer.allocate(2), 1, ByteBuffer.allocate(8), 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> CompatCopy.copy2Zero6(ByteBuffer.allocate(2), 0, ByteBuffer.allocate(7), 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> CompatCopy.copy1Zero7(ByteBuffer.allocate(1), 1, ByteBuffer.allocate(8), 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> CompatCopy.copy1Zero7(ByteBuffer.allocate(1), 0, ByteBuffer.allocate(7), 0));
    }
}
