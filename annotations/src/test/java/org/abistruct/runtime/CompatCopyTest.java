package org.abistruct.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The fused moves of the compat converters, byte for byte. */
class CompatCopyTest {
    /** A fused move of the runtime: copies, then zeroes up to 8 bytes. */
    private interface Fused {
        void move(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to, int toBase,
                int toDelta);
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
            move.move(from, 0, 1, to, 1, 0);
            assertArrayEquals(expected, to.array(), order.toString());
        }
    }

    @Test
    void fusedMovesStayInsideBothBuffers() {
        checkBounds(CompatCopy::copy4Zero4, 4);
        checkBounds(CompatCopy::copy2Zero6, 2);
        checkBounds(CompatCopy::copy1Zero7, 1);
    }

    /** A source of {@code copied} bytes read from index 1, or a destination of 7 bytes: out. */
    private static void checkBounds(Fused move, int copied) {
        assertThrows(IndexOutOfBoundsException.class,
                () -> move.move(ByteBuffer.allocate(copied), 0, 1, ByteBuffer.allocate(8), 0, 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> move.move(ByteBuffer.allocate(copied), 0, 0, ByteBuffer.allocate(7), 0, 0));
    }
}
