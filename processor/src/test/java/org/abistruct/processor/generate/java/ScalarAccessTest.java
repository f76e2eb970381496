package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every scalar kind through generated accessors, in two big- and two little-endian ABIs. */
class ScalarAccessTest {
    private static final String RECORD = "public record AllScalars(byte i8, byte u8, short i16,"
            + " short u16, char c16, int i32, int u32, long i64, long u64, float f, double d,"
            + " boolean b, long p, long l, long ul) {}";

    /**
     * offsetof of each member of {@code struct all_scalars}, from each ABI's GCC: i8 u8 i16 u16
     * c16 i32 u32 i64 u64 f d b p l ul.
     */
    private static final Map<Abi, int[]> OFFSETS = Map.of(
            Abi.X86_64, new int[] {0, 1, 2, 4, 6, 8, 12, 16, 24, 32, 40, 48, 56, 64, 72},
            Abi.I386, new int[] {0, 1, 2, 4, 6, 8, 12, 16, 24, 32, 36, 44, 48, 52, 56},
            Abi.PPC32, new int[] {0, 1, 2, 4, 6, 8, 12, 16, 24, 32, 40, 48, 52, 56, 60},
            Abi.M68K, new int[] {0, 1, 2, 4, 6, 8, 12, 16, 24, 32, 36, 44, 46, 50, 54});
    private static final List<String> NAMES = List.of(
            "i8", "u8", "i16", "u16", "c16", "i32", "u32", "i64", "u64", "f", "d", "b", "p", "l",
            "ul");
    /** sizeof(struct all_scalars) per ABI, from GCC. */
    private static final Map<Abi, Integer> SIZES =
            Map.of(Abi.X86_64, 80, Abi.I386, 60, Abi.PPC32, 64, Abi.M68K, 58);

    private static Loaded loaded;

    @BeforeAll
    static void generate() {
        Decls decls = new Decls();
        StructDecl decl = decls.declare("AllScalars", "all_scalars", false,
                List.of(Abi.X86_64, Abi.I386, Abi.PPC32, Abi.M68K),
                member("i8", "i8", scalar(ScalarKind.INT8)),
                member("u8", "u8", scalar(ScalarKind.UINT8)),
                member("i16", "i16", scalar(ScalarKind.INT16)),
                member("u16", "u16", scalar(ScalarKind.UINT16)),
                member("c16", "c16", scalar(ScalarKind.CHAR16)),
                member("i32", "i32", scalar(ScalarKind.INT32)),
                member("u32", "u32", scalar(ScalarKind.UINT32)),
                member("i64", "i64", scalar(ScalarKind.INT64)),
                member("u64", "u64", scalar(ScalarKind.UINT64)),
                member("f", "f", scalar(ScalarKind.FLOAT)),
                member("d", "d", scalar(ScalarKind.DOUBLE)),
                member("b", "b", scalar(ScalarKind.BOOL)),
                member("p", "p", scalar(ScalarKind.POINTER)),
                member("l", "l", scalar(ScalarKind.LONG)),
                member("ul", "ul", scalar(ScalarKind.ULONG)));
        loaded = Loaded.compile(GeneratedSources.records(decls.plan(decl)),
                "AllScalars", RECORD);
    }

    private static Loaded.Binding binding(Abi abi) {
        return loaded.binding("AllScalarsLayout$" + abi.name());
    }

    /** A buffer of the struct's size in the byte order opposite to the ABI's. */
    private static ByteBuffer oppositeBuffer(Abi abi) {
        ByteOrder opposite = abi.byteOrder() == ByteOrder.BIG_ENDIAN
                ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        return ByteBuffer.allocate(SIZES.get(abi)).order(opposite);
    }

    private static int offset(Abi abi, String member) {
        return OFFSETS.get(abi)[NAMES.indexOf(member)];
    }

    private static String accessor(String prefix, String member) {
        return prefix + Character.toUpperCase(member.charAt(0)) + member.substring(1);
    }

    private static void roundTrip(Abi abi, String member, Object... values) {
        Loaded.Binding b = binding(abi);
        ByteBuffer buf = oppositeBuffer(abi);
        ByteOrder order = buf.order();
        for (Object value : values) {
            b.call(accessor("set", member), buf, 0, value);
            Object back = b.call(accessor("get", member), buf, 0);
            if (value instanceof Float f) {
                assertEquals(Float.floatToRawIntBits(f), Float.floatToRawIntBits((Float) back));
            } else if (value instanceof Double d) {
                assertEquals(Double.doubleToRawLongBits(d),
                        Double.doubleToRawLongBits((Double) back));
            } else {
                assertEquals(value, back, abi + " " + member);
            }
        }
        assertEquals(0, buf.position());
        assertEquals(order, buf.order());
    }

    @ParameterizedTest
    @EnumSource(names = {"X86_64", "I386", "PPC32", "M68K"})
    void everyScalarKindRoundTripsItsBoundaryValues(Abi abi) {
        roundTrip(abi, "i8", (byte) 0, Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) -1);
        roundTrip(abi, "u8", (byte) 0, (byte) 0xFF, (byte) 0x80, (byte) 0x7F);
        roundTrip(abi, "i16", (short) 0, Short.MIN_VALUE, Short.MAX_VALUE, (short) -2);
        roundTrip(abi, "u16", (short) 0xFFFF, (short) 0x8000, (short) 1);
        roundTrip(abi, "c16", Character.MIN_VALUE, Character.MAX_VALUE, '\u8001', 'A');
        roundTrip(abi, "i32", Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0);
        roundTrip(abi, "u32", 0xFFFFFFFF, 0x80000000, 1);
        roundTrip(abi, "i64", Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L);
        roundTrip(abi, "u64", 0xFFFFFFFFFFFFFFFFL, 0x8000000000000000L, 1L);
        roundTrip(abi, "f", 0f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY,
                Float.intBitsToFloat(0x7FC00001), Float.intBitsToFloat(0xFFC12345), 1.5f);
        roundTrip(abi, "d", 0d, -0d, Double.MIN_VALUE, Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.longBitsToDouble(0x7FF8000000000001L),
                Double.longBitsToDouble(0xFFF8123456789ABCL), -2.25d);
        roundTrip(abi, "b", true, false);
        roundTrip(abi, "p", 0L, 0xFFFFFFFFL, 0x12345678L);
        roundTrip(abi, "l", (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, -1L, 0L);
        roundTrip(abi, "ul", 0L, 0xFFFFFFFFL, 0x80000000L);
        if (abi == Abi.X86_64) {
            roundTrip(abi, "p", -1L, Long.MIN_VALUE);
            roundTrip(abi, "l", Long.MIN_VALUE, Long.MAX_VALUE);
            roundTrip(abi, "ul", -1L, Long.MIN_VALUE);
        }
    }

    /** The bytes of {@code value}'s low {@code size} bytes, most significant first. */
    private static byte[] bigEndian(long value, int size) {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = (byte) (value >>> (8 * (size - 1 - i)));
        }
        return out;
    }

    private static void assertBytes(Abi abi, ByteBuffer buf, String member, long value, int size) {
        byte[] expected = bigEndian(value, size);
        if (abi.byteOrder() == ByteOrder.LITTLE_ENDIAN) {
            for (int i = 0; i < size / 2; i++) {
                byte t = expected[i];
                expected[i] = expected[size - 1 - i];
                expected[size - 1 - i] = t;
            }
        }
        byte[] actual = new byte[size];
        buf.get(offset(abi, member), actual);
        assertArrayEquals(expected, actual, abi + " " + member);
    }

    @ParameterizedTest
    @EnumSource(names = {"X86_64", "I386", "PPC32", "M68K"})
    void bytesComeOutInTheAbiOrderWhateverTheBufferOrder(Abi abi) {
        Loaded.Binding b = binding(abi);
        ByteBuffer buf = oppositeBuffer(abi);
        b.call("setI16", buf, 0, (short) 0x0102);
        b.call("setC16", buf, 0, '\uA1B2');
        b.call("setI32", buf, 0, 0x01020304);
        b.call("setU64", buf, 0, 0x0102030405060708L);
        b.call("setF", buf, 0, Float.intBitsToFloat(0x3FC00001));
        b.call("setD", buf, 0, Double.longBitsToDouble(0x400921FB54442D18L));
        b.call("setP", buf, 0, 0x11223344L);
        b.call("setB", buf, 0, true);
        b.call("setU8", buf, 0, (byte) 0xAB);
        int pointerSize = abi == Abi.X86_64 ? 8 : 4;
        assertBytes(abi, buf, "i16", 0x0102, 2);
        assertBytes(abi, buf, "c16", 0xA1B2, 2);
        assertBytes(abi, buf, "i32", 0x01020304, 4);
        assertBytes(abi, buf, "u64", 0x0102030405060708L, 8);
        assertBytes(abi, buf, "f", 0x3FC00001, 4);
        assertBytes(abi, buf, "d", 0x400921FB54442D18L, 8);
        assertBytes(abi, buf, "p", 0x11223344L, pointerSize);
        assertBytes(abi, buf, "b", 1, 1);
        assertBytes(abi, buf, "u8", 0xAB, 1);
    }

    @ParameterizedTest
    @EnumSource(names = {"I386", "PPC32", "M68K"})
    void fourBytePointersAndUnsignedLongsZeroExtendAndLongsSignExtend(Abi abi) {
        Loaded.Binding b = binding(abi);
        ByteBuffer buf = oppositeBuffer(abi);
        for (String member : List.of("p", "l", "ul")) {
            buf.put(offset(abi, member),
                    new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE});
        }
        long unsigned = abi.byteOrder() == ByteOrder.BIG_ENDIAN ? 0xFFFFFFFEL : 0xFEFFFFFFL;
        assertEquals(unsigned, b.call("getP", buf, 0));
        assertEquals(unsigned, b.call("getUl", buf, 0));
        assertEquals((long) (int) unsigned, b.call("getL", buf, 0));
    }

    @ParameterizedTest
    @EnumSource(names = {"I386", "PPC32", "M68K"})
    void fourByteWritesThatDoNotFitThrowAndLeaveTheBytes(Abi abi) {
        Loaded.Binding b = binding(abi);
        ByteBuffer buf = oppositeBuffer(abi);
        Arrays.fill(buf.array(), (byte) 0x5A);
        assertThrows(IllegalArgumentException.class, () -> b.call("setP", buf, 0, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> b.call("setP", buf, 0, -1L));
        assertThrows(IllegalArgumentException.class, () -> b.call("setUl", buf, 0, 0x1FFFFFFFFL));
        assertThrows(IllegalArgumentException.class,
                () -> b.call("setL", buf, 0, Integer.MAX_VALUE + 1L));
        assertThrows(IllegalArgumentException.class,
                () -> b.call("setL", buf, 0, Integer.MIN_VALUE - 1L));
        byte[] untouched = new byte[SIZES.get(abi)];
        Arrays.fill(untouched, (byte) 0x5A);
        assertArrayEquals(untouched, buf.array());
    }

    @Test
    void eightBytePointersTakeEveryLong() {
        Loaded.Binding b = binding(Abi.X86_64);
        ByteBuffer buf = oppositeBuffer(Abi.X86_64);
        b.call("setP", buf, 0, -1L);
        assertBytes(Abi.X86_64, buf, "p", -1L, 8);
        b.call("setL", buf, 0, Long.MIN_VALUE);
        assertBytes(Abi.X86_64, buf, "l", Long.MIN_VALUE, 8);
    }

    @Test
    void booleanReadsAnyNonzeroByteAsTrue() {
        Loaded.Binding b = binding(Abi.PPC32);
        ByteBuffer buf = oppositeBuffer(Abi.PPC32);
        buf.put(offset(Abi.PPC32, "b"), (byte) 2);
        assertEquals(true, b.call("getB", buf, 0));
        buf.put(offset(Abi.PPC32, "b"), (byte) 0);
        assertEquals(false, b.call("getB", buf, 0));
    }

    @ParameterizedTest
    @EnumSource(names = {"X86_64", "M68K"})
    void wholeRecordRoundTripsAtAnOffset(Abi abi) {
        Loaded.Binding b = binding(abi);
        Object value = loaded.record("AllScalars", (byte) -5, (byte) 0xF0, (short) -300,
                (short) 0xFFFE, 'z', -70000, 0xDEADBEEF, Long.MIN_VALUE + 7, -2L, 3.25f, -1e300,
                true, 0xCAFEL, -12L, 0xFFFFFFFFL);
        int at = 13;
        ByteBuffer buf = ByteBuffer.allocate(at + SIZES.get(abi));
        b.call("write", buf, at, value);
        assertEquals(value, b.call("read", buf, at));
        assertEquals(-70000, b.call("getI32", buf, at));
    }
}
