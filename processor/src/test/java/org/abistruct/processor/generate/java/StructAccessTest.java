package org.abistruct.processor.generate.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.abistruct.Abi;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.generate.StructFixtures;
import org.junit.jupiter.api.Test;

/**
 * Arrays, embedded structs, unions, an anonymous union and a flexible array member through
 * the generated accessors. Offsets stated here are C facts of the fixtures (see
 * {@link StructFixtures}) as GCC lays them out.
 */
class StructAccessTest {
    private final Loaded loaded = StructFixtures.loaded();

    /** A buffer in the byte order opposite to the ABI's. */
    private static ByteBuffer buffer(Abi abi, int size) {
        return ByteBuffer.allocate(size).order(abi.byteOrder() == ByteOrder.BIG_ENDIAN
                ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    }

    private static byte[] bytes(ByteBuffer buf, int from, int count) {
        byte[] out = new byte[count];
        buf.get(from, out);
        return out;
    }

    @Test
    void twoDimensionalArrayElementsLieRowMajor() {
        Loaded.Binding x86 = loaded.binding("NestedLayout$X86_64");
        ByteBuffer buf = buffer(Abi.X86_64, 40);
        x86.call("setM", buf, 0, 1, 2, (short) 0x0102);
        // m at 28 on x86_64; [1][2] is element 5 of int16_t: byte 38, little-endian.
        assertArrayEquals(new byte[] {2, 1}, bytes(buf, 38, 2));
        assertEquals((short) 0x0102, x86.call("getM", buf, 0, 1, 2));

        Loaded.Binding m68k = loaded.binding("NestedLayout$M68K");
        ByteBuffer be = buffer(Abi.M68K, 32);
        m68k.call("setM", be, 0, 0, 1, (short) 0x0A0B);
        // m at 20 on m68k; [0][1] is element 1: byte 22, big-endian.
        assertArrayEquals(new byte[] {0x0A, 0x0B}, bytes(be, 22, 2));
    }

    @Test
    void wholeArraysRoundTripAndCheckTheirLengths() {
        Loaded.Binding b = loaded.binding("NestedLayout$M68K");
        ByteBuffer buf = buffer(Abi.M68K, 32);
        short[][] m = {{1, -2, 3}, {Short.MIN_VALUE, 5, Short.MAX_VALUE}};
        b.call("setM", buf, 0, (Object) m);
        assertArrayEquals(m, (short[][]) b.call("getM", buf, 0));
        assertEquals((short) 5, b.call("getM", buf, 0, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> b.call("setM", buf, 0, (Object) new short[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class,
                () -> b.call("setM", buf, 0, (Object) new short[][] {{1, 2, 3}, {4, 5}}));
        assertArrayEquals(m, (short[][]) b.call("getM", buf, 0), "a rejected array writes nothing");
    }

    @Test
    void arrayIndexesOutOfRangeThrow() {
        Loaded.Binding b = loaded.binding("NestedLayout$X86_64");
        ByteBuffer buf = buffer(Abi.X86_64, 40);
        assertThrows(IndexOutOfBoundsException.class, () -> b.call("getM", buf, 0, 2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> b.call("getM", buf, 0, 0, 3));
        assertThrows(IndexOutOfBoundsException.class,
                () -> b.call("setM", buf, 0, -1, 0, (short) 1));
        Object pair = loaded.record("Pair", (byte) 1, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> b.call("setTwo", buf, 0, 2, pair));
        assertThrows(IndexOutOfBoundsException.class, () -> b.call("getTwo", buf, 0, -1));
        assertArrayEquals(new byte[40], buf.array());
    }

    @Test
    void embeddedStructsAndArraysOfThemGoThroughTheirOwnLayout() {
        Loaded.Binding b = loaded.binding("NestedLayout$M68K");
        ByteBuffer buf = buffer(Abi.M68K, 32);
        Object one = loaded.record("Pair", (byte) 0x11, 0x01020304);
        Object second = loaded.record("Pair", (byte) 0x22, -1);
        b.call("setOne", buf, 0, one);
        b.call("setTwo", buf, 0, 1, second);
        // m68k: one at 2 (b at 2 within pair, so byte 4); two at 8, pairs are 6 bytes.
        assertEquals(0x11, buf.get(2));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, bytes(buf, 4, 4));
        assertEquals(0x22, buf.get(14));
        assertEquals(one, b.call("getOne", buf, 0));
        assertEquals(second, b.call("getTwo", buf, 0, 1));
        Object[] two = (Object[]) b.call("getTwo", buf, 0);
        assertEquals(loaded.record("Pair", (byte) 0, 0), two[0]);
        assertEquals(second, two[1]);
    }

    @Test
    void elementOffsetIndexesAnArrayOfStructs() {
        Loaded.Binding x86 = loaded.binding("PairLayout$X86_64");
        Loaded.Binding m68k = loaded.binding("PairLayout$M68K");
        // sizeof(struct pair): 8 on x86_64, 6 on m68k.
        assertEquals(124, x86.call("elementOffset", 100, 3));
        assertEquals(118, m68k.call("elementOffset", 100, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> x86.call("elementOffset", 0, -1));
        assertThrows(ArithmeticException.class,
                () -> x86.call("elementOffset", 0, Integer.MAX_VALUE / 4));

        ByteBuffer buf = buffer(Abi.X86_64, 4 + 3 * 8);
        for (int i = 0; i < 3; i++) {
            int at = (int) x86.call("elementOffset", 4, i);
            x86.call("write", buf, at, loaded.record("Pair", (byte) i, 100 + i));
        }
        assertEquals(102, x86.call("getB", buf, x86.call("elementOffset", 4, 2)));
        // element 2 starts at 4 + 2 * 8; its b at 4 more.
        assertArrayEquals(new byte[] {102, 0, 0, 0}, bytes(buf, 24, 4));
    }

    @Test
    void unionReadsEveryMemberFromTheSameBytes() {
        Loaded.Binding b = loaded.binding("NumLayout$X86_64");
        ByteBuffer buf = buffer(Abi.X86_64, 8);
        b.call("write", buf, 0, loaded.record("Num", 0x01020304, 0.0));
        Object back = b.call("read", buf, 0);
        assertEquals(0x01020304, Loaded.component(back, "i"));
        assertEquals(Double.longBitsToDouble(0x01020304L), Loaded.component(back, "d"));
        b.call("setD", buf, 0, -1.0);
        assertEquals((int) Double.doubleToRawLongBits(-1.0), b.call("getI", buf, 0));
    }

    /**
     * {@code write} writes a union's first member: a value whose other member holds something
     * those bytes do not is refused, naming the writer that would keep it, before any byte;
     * what {@code read} gave writes back when the first member holds all of it.
     */
    @Test
    void unionWriteRefusesAValueItWouldDrop() {
        Loaded.Binding b = loaded.binding("NumLayout$X86_64");
        ByteBuffer buf = buffer(Abi.X86_64, 8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.call("write", buf, 0, loaded.record("Num", 7, 99.5)));
        assertTrue(e.getMessage().contains("num.d") && e.getMessage().contains("writeD"),
                e.getMessage());
        assertArrayEquals(new byte[8], buf.array(), "nothing written");
        b.call("writeD", buf, 0, 99.5);
        Object dropped = b.call("read", buf, 0);
        assertThrows(IllegalArgumentException.class, () -> b.call("write", buf, 0, dropped),
                "i holds only the low half of d's bytes");
        b.call("writeI", buf, 0, 7);
        Object kept = b.call("read", buf, 0);
        b.call("write", buf, 0, kept);
        assertEquals(kept, b.call("read", buf, 0), "d reads what i's bytes hold");
    }

    /**
     * {@code (union num){ .i = 0x01020304 }} is its four bytes then four zeroes on x86_64, and
     * {@code (union num){ .d = -1.0 }} the double's eight: each writer writes its member and
     * zeroes the rest, whatever the buffer held.
     */
    @Test
    void aUnionsWriterOfEachMemberZeroesTheRest() {
        Loaded.Binding b = loaded.binding("NumLayout$X86_64");
        ByteBuffer buf = buffer(Abi.X86_64, 10);
        java.util.Arrays.fill(buf.array(), (byte) 0x5A);
        b.call("writeI", buf, 1, 0x01020304);
        assertArrayEquals(new byte[] {0x5A, 4, 3, 2, 1, 0, 0, 0, 0, 0x5A}, buf.array());
        b.call("writeD", buf, 1, -1.0);
        assertEquals(-1.0, b.call("getD", buf, 1));
        b.call("writeI", buf, 1, 7);
        assertEquals(Double.longBitsToDouble(7L), b.call("getD", buf, 1));
        Loaded.Binding m68k = loaded.binding("NumLayout$M68K");
        ByteBuffer big = ByteBuffer.allocate(8);
        java.util.Arrays.fill(big.array(), (byte) 0x5A);
        m68k.call("writeI", big, 0, 0x01020304);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 0, 0, 0, 0}, big.array());
    }

    @Test
    void anonymousUnionMembersAreFlattened() {
        Loaded.Binding b = loaded.binding("WithAnonLayout$X86_64");
        ByteBuffer buf = buffer(Abi.X86_64, 24);
        // offsetof(struct with_anon, i) and (.., d) are both 8 on x86_64, last is 16.
        assertEquals(8, b.call("iOffset"));
        assertEquals(8, b.call("dOffset"));
        assertEquals(16, b.call("lastOffset"));
        b.call("setD", buf, 0, Double.longBitsToDouble(0x1122334455667788L));
        assertArrayEquals(new byte[] {(byte) 0x88, 0x77, 0x66, 0x55}, bytes(buf, 8, 4));
        assertEquals(0x55667788, b.call("getI", buf, 0));
        assertEquals(
                loaded.record("Anon", 0x55667788, Double.longBitsToDouble(0x1122334455667788L)),
                b.call("getU", buf, 0));
        b.call("setU", buf, 0, loaded.record("Anon", 7, 0.0));
        assertEquals(7, b.call("getI", buf, 0));

        Loaded.Binding m68k = loaded.binding("WithAnonLayout$M68K");
        // m68k: the union at 2, last at 10.
        ByteBuffer be = buffer(Abi.M68K, 12);
        m68k.call("setI", be, 0, 0x0A0B0C0D);
        m68k.call("setLast", be, 0, (byte) 9);
        assertArrayEquals(new byte[] {0x0A, 0x0B, 0x0C, 0x0D}, bytes(be, 2, 4));
        assertEquals(9, be.get(10));
    }

    @Test
    void flexibleArrayElementsMustLieInTheBuffer() {
        Loaded.Binding b = loaded.binding("FlexLayout$X86_64");
        // data at 6 on x86_64: a 12-byte buffer holds 3 elements.
        ByteBuffer buf = buffer(Abi.X86_64, 12);
        b.call("setData", buf, 0, 2, (short) 0x0102);
        assertArrayEquals(new byte[] {2, 1}, bytes(buf, 10, 2));
        assertEquals((short) 0x0102, b.call("getData", buf, 0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> b.call("getData", buf, 0, 3));
        assertThrows(IndexOutOfBoundsException.class,
                () -> b.call("setData", buf, 0, -1, (short) 0));

        Object flex = b.call("read", buf, 0, 3);
        assertArrayEquals(new short[] {0, 0, 0x0102}, (short[]) Loaded.component(flex, "data"));
        assertThrows(IndexOutOfBoundsException.class, () -> b.call("read", buf, 0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> b.call("read", buf, 0, -1));
        Object tooLong = loaded.record("Flex", 1, (byte) 2, new short[4]);
        assertThrows(IndexOutOfBoundsException.class, () -> b.call("write", buf, 0, tooLong));

        Object value = loaded.record("Flex", 0x01020304, (byte) 5, new short[] {7, 8});
        b.call("write", buf, 0, value);
        Object back = b.call("read", buf, 0, 2);
        assertEquals(0x01020304, Loaded.component(back, "n"));
        assertArrayEquals(new short[] {7, 8}, (short[]) Loaded.component(back, "data"));
    }

    @Test
    void layoutOfChoosesTheClassOfAnAbiAndRejectsOthers() {
        Class<?> layout = loaded.type("NestedLayout");
        Object x86 = Loaded.call(null, layout, "of", Abi.X86_64);
        assertEquals(loaded.binding("NestedLayout$X86_64").instance, x86);
        Object m68k = Loaded.call(null, layout, "of", Abi.M68K);
        assertEquals(Abi.M68K, Loaded.call(m68k, layout, "abi"));
        assertEquals(40, Loaded.call(x86, layout, "size"));
        assertEquals("nested", Loaded.call(x86, layout, "cName"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Loaded.call(null, layout, "of", Abi.PPC32));
        assertEquals("struct nested is not laid out for PPC32; its ABIs are X86_64, M68K",
                e.getMessage());
    }
}
