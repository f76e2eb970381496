package org.abistruct.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Padding ranges and the offsets table, as generated layouts build them. */
class PaddingBytesTest {
    @Test
    void zeroesEachRangeOfTheStructAtTheOffset() {
        ByteBuffer buf = ByteBuffer.allocate(12);
        for (int i = 0; i < 12; i++) {
            buf.put(i, (byte) 1);
        }
        PaddingBytes.of(1, 3, 9, 2).zero(buf, 1);
        byte[] out = new byte[12];
        buf.get(0, out);
        assertArrayEquals(new byte[] {1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0}, out);
        assertEquals(5, PaddingBytes.of(1, 3, 9, 2).byteCount());
        assertEquals("[1+3, 9+2]", PaddingBytes.of(1, 3, 9, 2).toString());
    }

    @Test
    void refusesRangesThatAreNoRanges() {
        assertThrows(IllegalArgumentException.class, () -> PaddingBytes.of(1));
        assertThrows(IllegalArgumentException.class, () -> PaddingBytes.of(4, 0));
        assertThrows(IllegalArgumentException.class, () -> PaddingBytes.of(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> PaddingBytes.of(4, 4, 6, 1));
        assertSame(PaddingBytes.NONE, PaddingBytes.of());
    }

    @Test
    void rangesAreCopied() {
        int[] ranges = {0, 2};
        PaddingBytes padding = PaddingBytes.of(ranges);
        ranges[1] = 8;
        assertEquals(2, padding.byteCount());
        assertEquals(PaddingBytes.of(0, 2), padding);
    }

    @Test
    void offsetsKeepTheirOrderAndRefuseUnevenCounts() {
        Map<String, Integer> offsets = MemberOffsets.of(List.of("b", "a"), 0, 8);
        assertEquals(List.of("b", "a"), List.copyOf(offsets.keySet()));
        assertEquals(8, offsets.get("a"));
        assertThrows(UnsupportedOperationException.class, () -> offsets.put("c", 1));
        assertThrows(IllegalArgumentException.class, () -> MemberOffsets.of(List.of("a"), 0, 8));
    }
}
