package org.abistruct.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The fused moves of the compat converters, byte for byte. */
class CompatCopyTest {
    @Test
    void copy4Zero4CopiesFourBytesThenZeroesFourWhateverTheBufferOrder() {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            ByteBuffer from = ByteBuffer.wrap(new byte[] {9, 1, 2, 3, 4, 9}).order(order);
            ByteBuffer to = ByteBuffer.allocate(10).order(order);
            for (int i = 0; i < 10; i++) {
                to.put(i, (byte) 0x7F);
            }
            CompatCopy.copy4Zero4(from, 1, to, 1);
            assertArrayEquals(new byte[] {0x7F, 1, 2, 3, 4, 0, 0, 0, 0, 0x7F}, to.array(),
                    order.toString());
        }
    }

    @Test
    void copy4Zero4StaysInsideBothBuffers() {
        ByteBuffer from = ByteBuffer.allocate(4);
        assertThrows(IndexOutOfBoundsException.class,
                () -> CompatCopy.copy4Zero4(from, 1, ByteBuffer.allocate(8), 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> CompatCopy.copy4Zero4(from, 0, ByteBuffer.allocate(7), 0));
    }
}
