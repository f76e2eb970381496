package org.abistruct.processor.generate.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.generate.StructFixtures;
import org.abistruct.processor.layout.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code write} zeroes exactly the padding bytes, and a buffer too small or an offset out of
 * range throws before any byte is touched. Padding positions are stated from C's rules for the
 * fixtures of {@link StructFixtures}, not read from the layout.
 */
class WriteAndBoundsTest {
    private static final byte FILL = (byte) 0xFF;

    private final Loaded loaded = StructFixtures.loaded();

    private static ByteBuffer filled(int size) {
        ByteBuffer buf = ByteBuffer.allocate(size);
        Arrays.fill(buf.array(), FILL);
        return buf;
    }

    /** Asserts that {@code zeroes} are 0 and every other byte is nonzero. */
    private static void assertZeroAt(ByteBuffer buf, int... zeroes) {
        for (int i = 0; i < buf.capacity(); i++) {
            int index = i;
            boolean padding = Arrays.stream(zeroes).anyMatch(z -> z == index);
            assertEquals(padding, buf.get(i) == 0, "byte " + i);
        }
    }

    @Test
    void writeZeroesTheHoleOfAPair() {
        // struct pair { uint8_t a; int32_t b; }: b is 4-aligned on x86_64, so bytes 1..3 are
        // a hole; on m68k ints are 2-aligned, so only byte 1 is.
        ByteBuffer x86 = filled(8);
        loaded.binding("PairLayout$X86_64").call("write", x86, 0, loaded.record("Pair", (byte) 1, -1));
        assertZeroAt(x86, 1, 2, 3);
        ByteBuffer m68k = filled(6);
        loaded.binding("PairLayout$M68K").call("write", m68k, 0, loaded.record("Pair", (byte) 1, -1));
        assertZeroAt(m68k, 1);
    }

    @Test
    void writeZeroesPaddingInsideEmbeddedStructsAndArraysOfThem() {
        // struct nested on x86_64: tag at 0, then one (4-aligned) at 4, two[2] at 12 and 20,
        // m at 28 up to 40. Each pair has its hole at bytes 1..3.
        ByteBuffer buf = filled(40);
        Object pair = loaded.record("Pair", (byte) 1, -1);
        short[][] m = {{-1, -1, -1}, {-1, -1, -1}};
        loaded.binding("NestedLayout$X86_64").call("write", buf, 0, loaded.record("Nested",
                (byte) 1, pair, loaded.array("Pair", pair, pair), m));
        assertZeroAt(buf, 1, 2, 3, 5, 6, 7, 13, 14, 15, 21, 22, 23);
    }

    @Test
    void writeZeroesHolesTailPaddingAndTheAnonymousUnionsOtherBytes() {
        // struct with_anon on x86_64: kind 0..1, the union (8-aligned for its double) at 8..15,
        // last at 16, size 24. Writing the union writes its first member i (8..11).
        ByteBuffer buf = filled(24);
        loaded.binding("WithAnonLayout$X86_64").call("write", buf, 0, loaded.record("WithAnon",
                (short) -1, loaded.record("Anon", -1, 0.0), (byte) -1));
        assertZeroAt(buf, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23);
    }

    @Test
    void writeOfAnEmbeddedUnionZeroesItsBytesPastTheFirstMember() {
        // struct with_union on m68k: t at 0, union num at 2 (2-aligned) up to 10.
        ByteBuffer buf = filled(10);
        loaded.binding("WithUnionLayout$M68K").call("write", buf, 0, loaded.record("WithUnion",
                (byte) -1, loaded.record("Num", -1, 0.0)));
        assertZeroAt(buf, 1, 6, 7, 8, 9);
    }

    @Test
    void writeOfAFlexibleArrayZeroesTheHoleAndKeepsItsElements() {
        // struct flex on x86_64: n 0..3, flag 4, data (2-aligned) from 6; sizeof is 8.
        ByteBuffer buf = filled(12);
        loaded.binding("FlexLayout$X86_64").call("write", buf, 0,
                loaded.record("Flex", -1, (byte) -1, new short[] {-1, -1}));
        assertZeroAt(buf, 5);
        ByteBuffer empty = filled(12);
        loaded.binding("FlexLayout$X86_64").call("write", empty, 0,
                loaded.record("Flex", -1, (byte) -1, new short[0]));
        assertZeroAt(empty, 5, 6, 7);
    }

    /** Asserts that {@code action} on a buffer filled with FILL throws and leaves it as it was. */
    private static void assertUntouched(int size, Consumer<ByteBuffer> action) {
        ByteBuffer buf = filled(size);
        buf.position(1);
        Executable call = () -> action.accept(buf);
        assertThrows(IndexOutOfBoundsException.class, call);
        byte[] expected = new byte[size];
        Arrays.fill(expected, FILL);
        assertArrayEquals(expected, buf.array());
        assertEquals(1, buf.position());
    }

    @Test
    void tooSmallBuffersAndBadOffsetsThrowBeforeTouchingAnyByte() {
        Loaded.Binding b = loaded.binding("NestedLayout$X86_64");
        Object pair = loaded.record("Pair", (byte) 1, 2);
        Object nested = loaded.record("Nested", (byte) 1, pair, loaded.array("Pair", pair, pair),
                new short[2][3]);
        // sizeof(struct nested) is 40 on x86_64.
        assertUntouched(39, buf -> b.call("write", buf, 0, nested));
        assertUntouched(39, buf -> b.call("setTag", buf, 0, (byte) 3));
        assertUntouched(39, buf -> b.call("setM", buf, 0, 0, 0, (short) 3));
        assertUntouched(39, buf -> b.call("setM", buf, 0, (Object) new short[2][3]));
        assertUntouched(39, buf -> b.call("setTwo", buf, 0, 0, pair));
        assertUntouched(39, buf -> b.call("getOne", buf, 0));
        assertUntouched(39, buf -> b.call("read", buf, 0));
        assertUntouched(80, buf -> b.call("write", buf, -1, nested));
        assertUntouched(80, buf -> b.call("write", buf, 41, nested));
        assertUntouched(80, buf -> b.call("setTag", buf, Integer.MAX_VALUE, (byte) 3));
        assertUntouched(80, buf -> b.call("getM", buf, Integer.MIN_VALUE, 0, 0));
        Loaded.Binding flex = loaded.binding("FlexLayout$X86_64");
        assertUntouched(7, buf -> flex.call("setN", buf, 0, 1));
        assertUntouched(7, buf -> flex.call("read", buf, 0, 0));
    }

    @Test
    void aValueWriteRefusesLeavesTheMemoryAsItWas() {
        Loaded.Binding b = loaded.binding("NestedLayout$X86_64");
        Object pair = loaded.record("Pair", (byte) 1, 2);
        Object shortArray = loaded.record("Nested", (byte) 1, pair, loaded.array("Pair", pair),
                new short[2][3]);
        Object shortRow = loaded.record("Nested", (byte) 1, pair,
                loaded.array("Pair", pair, pair), new short[][] {new short[3], new short[2]});
        for (Object value : new Object[] {shortArray, shortRow}) {
            ByteBuffer buf = filled(40);
            assertThrows(IllegalArgumentException.class, () -> b.call("write", buf, 0, value));
            byte[] expected = new byte[40];
            Arrays.fill(expected, FILL);
            assertArrayEquals(expected, buf.array(), "the tag before the bad array is unwritten");
        }
    }
}
