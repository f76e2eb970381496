package org.abistruct.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The memory operations of generated layouts and compat converters over a
 * {@link MemorySegment}, with {@code long} offsets: {@link BufferAccess} and {@link CompatCopy}
 * for segments. Each accessor reads or writes one scalar {@code at} bytes into the struct at
 * {@code offset} in the given byte order, at any alignment; the segment's own check of those
 * bytes is the bounds check ({@code size} is kept for the shape of the buffer accessors), and
 * whole-struct operations check the struct first with {@link #check}. Generated code calls
 * these with its layout's numbers, which the JIT sees as constants; they are public for that
 * code, not as an API of their own. A closed
 * segment or a read-only one written throws the FFM API's own exception at the first access,
 * before any byte is touched.
 */
public final class SegmentAccess {
    private static final ValueLayout.OfShort SHORT_LE =
            order(ValueLayout.JAVA_SHORT_UNALIGNED, false);
    private static final ValueLayout.OfShort SHORT_BE =
            order(ValueLayout.JAVA_SHORT_UNALIGNED, true);
    private static final ValueLayout.OfChar CHAR_LE = order(ValueLayout.JAVA_CHAR_UNALIGNED, false);
    private static final ValueLayout.OfChar CHAR_BE = order(ValueLayout.JAVA_CHAR_UNALIGNED, true);
    private static final ValueLayout.OfInt INT_LE = order(ValueLayout.JAVA_INT_UNALIGNED, false);
    private static final ValueLayout.OfInt INT_BE = order(ValueLayout.JAVA_INT_UNALIGNED, true);
    private static final ValueLayout.OfLong LONG_LE = order(ValueLayout.JAVA_LONG_UNALIGNED, false);
    private static final ValueLayout.OfLong LONG_BE = order(ValueLayout.JAVA_LONG_UNALIGNED, true);
    private static final ValueLayout.OfFloat FLOAT_LE =
            order(ValueLayout.JAVA_FLOAT_UNALIGNED, false);
    private static final ValueLayout.OfFloat FLOAT_BE =
            order(ValueLayout.JAVA_FLOAT_UNALIGNED, true);
    private static final ValueLayout.OfDouble DOUBLE_LE =
            order(ValueLayout.JAVA_DOUBLE_UNALIGNED, false);
    private static final ValueLayout.OfDouble DOUBLE_BE =
            order(ValueLayout.JAVA_DOUBLE_UNALIGNED, true);
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;

    private SegmentAccess() {}

    @SuppressWarnings("unchecked")
    private static <T extends ValueLayout> T order(T layout, boolean bigEndian) {
        return (T) layout.withOrder(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Returns {@code offset} once {@code size} bytes from it lie inside {@code segment}, else
     * throws {@link IndexOutOfBoundsException}.
     */
    public static long check(MemorySegment segment, long offset, long size) {
        return Objects.checkFromIndexSize(offset, size, segment.byteSize());
    }

    /** As {@code BufferAccess.getString}: the C string in {@code length} bytes. */
    public static String getString(MemorySegment s, long offset, long size, long at,
                                   int length) {
        check(s, offset, size);
        byte[] bytes = new byte[length];
        MemorySegment.copy(s, ValueLayout.JAVA_BYTE, offset + at, bytes, 0, length);
        return CString.decode(bytes);
    }

    /** As {@code BufferAccess.setString}: {@code value} NUL-terminated in {@code length} bytes. */
    public static void setString(MemorySegment s, long offset, long size, long at, int length,
                                 String value, String member) {
        byte[] bytes = CString.encode(value, length, member);
        check(s, offset, size);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, offset + at, length);
    }

    /** As {@code BufferAccess.getBits}: a bitfield, sign-extended when {@code signed}. */
    public static long getBits(MemorySegment s, long offset, long size, long at,
                               boolean bigEndian, int bit, int width, boolean signed) {
        return BitField.extend(bits(s, check(s, offset, size) + at, bit, width, bigEndian),
                width, signed);
    }

    /** As {@code BufferAccess.setBits}: a value that does not fit throws first. */
    public static void setBits(MemorySegment s, long offset, long size, long at,
                               boolean bigEndian, int bit, int width, boolean signed, long v,
                               String member) {
        BitField.checkFits(v, width, signed, member);
        putBits(s, check(s, offset, size) + at, bit, width, bigEndian, v);
    }

    private static long bits(MemorySegment s, long index, int bit, int width,
                             boolean bigEndian) {
        long raw = 0;
        int bytes = BitField.bytes(bit, width);
        for (int i = 0; i < bytes; i++) {
            raw = BitField.add(raw, s.get(ValueLayout.JAVA_BYTE, index + i),
                    BitField.shift(i, bit, width, bigEndian));
        }
        return BitField.extend(raw, width, false);
    }

    private static void putBits(MemorySegment s, long index, int bit, int width,
                                boolean bigEndian, long v) {
        long mask = BitField.mask(width);
        int bytes = BitField.bytes(bit, width);
        for (int i = 0; i < bytes; i++) {
            int shift = BitField.shift(i, bit, width, bigEndian);
            int old = s.get(ValueLayout.JAVA_BYTE, index + i);
            s.set(ValueLayout.JAVA_BYTE, index + i,
                    (byte) (old & ~BitField.part(mask, shift) | BitField.part(v & mask, shift)));
        }
    }

    public static byte getByte(MemorySegment s, long offset, long size, long at) {
        return s.get(ValueLayout.JAVA_BYTE, offset + at);
    }

    public static void setByte(MemorySegment s, long offset, long size, long at, byte v) {
        s.set(ValueLayout.JAVA_BYTE, offset + at, v);
    }

    public static boolean getBoolean(MemorySegment s, long offset, long size, long at) {
        return s.get(ValueLayout.JAVA_BYTE, offset + at) != 0;
    }

    public static void setBoolean(MemorySegment s, long offset, long size, long at, boolean v) {
        s.set(ValueLayout.JAVA_BYTE, offset + at, (byte) (v ? 1 : 0));
    }

    public static short getShort(MemorySegment s, long offset, long size, long at,
                                 boolean bigEndian) {
        return s.get(bigEndian ? SHORT_BE : SHORT_LE, offset + at);
    }

    public static void setShort(MemorySegment s, long offset, long size, long at,
                                boolean bigEndian, short v) {
        s.set(bigEndian ? SHORT_BE : SHORT_LE, offset + at, v);
    }

    public static char getChar(MemorySegment s, long offset, long size, long at,
                               boolean bigEndian) {
        return s.get(bigEndian ? CHAR_BE : CHAR_LE, offset + at);
    }

    public static void setChar(MemorySegment s, long offset, long size, long at,
                               boolean bigEndian, char v) {
        s.set(bigEndian ? CHAR_BE : CHAR_LE, offset + at, v);
    }

    public static int getInt(MemorySegment s, long offset, long size, long at, boolean bigEndian) {
        return s.get(bigEndian ? INT_BE : INT_LE, offset + at);
    }

    public static void setInt(MemorySegment s, long offset, long size, long at,
                              boolean bigEndian, int v) {
        s.set(bigEndian ? INT_BE : INT_LE, offset + at, v);
    }

    public static long getLong(MemorySegment s, long offset, long size, long at,
                               boolean bigEndian) {
        return s.get(bigEndian ? LONG_BE : LONG_LE, offset + at);
    }

    public static void setLong(MemorySegment s, long offset, long size, long at,
                               boolean bigEndian, long v) {
        s.set(bigEndian ? LONG_BE : LONG_LE, offset + at, v);
    }

    public static float getFloat(MemorySegment s, long offset, long size, long at,
                                 boolean bigEndian) {
        return s.get(bigEndian ? FLOAT_BE : FLOAT_LE, offset + at);
    }

    public static void setFloat(MemorySegment s, long offset, long size, long at,
                                boolean bigEndian, float v) {
        s.set(bigEndian ? FLOAT_BE : FLOAT_LE, offset + at, v);
    }

    public static double getDouble(MemorySegment s, long offset, long size, long at,
                                   boolean bigEndian) {
        return s.get(bigEndian ? DOUBLE_BE : DOUBLE_LE, offset + at);
    }

    public static void setDouble(MemorySegment s, long offset, long size, long at,
                                 boolean bigEndian, double v) {
        s.set(bigEndian ? DOUBLE_BE : DOUBLE_LE, offset + at, v);
    }

    /**
     * A pointer or C {@code long} of {@code wordSize} (4 or 8) bytes, widened to a
     * {@code long}: sign-extended when {@code signed}, else zero-extended.
     */
    public static long getWord(MemorySegment s, long offset, long size, long at,
                               boolean bigEndian, int wordSize, boolean signed) {
        if (wordSize == 8) {
            return getLong(s, offset, size, at, bigEndian);
        }
        int word = getInt(s, offset, size, at, bigEndian);
        return signed ? word : Integer.toUnsignedLong(word);
    }

    /**
     * Writes a pointer or C {@code long} of {@code wordSize} (4 or 8) bytes. A value that does
     * not fit 4 bytes (as a signed or an unsigned number, as {@code signed} says) throws
     * {@link IllegalArgumentException} naming {@code member} and {@code cType}; nothing is
     * written then.
     */
    public static void setWord(MemorySegment s, long offset, long size, long at,
                               boolean bigEndian, int wordSize, boolean signed, long v,
                               String member, String cType) {
        if (wordSize == 8) {
            setLong(s, offset, size, at, bigEndian, v);
            return;
        }
        Values.word(v, 4, signed, member, cType);
        setInt(s, offset, size, at, bigEndian, (int) v);
    }

    /**
     * How many elements of {@code stride} bytes fit between {@code at} bytes past
     * {@code offset} and the segment's end: the room of a flexible array member.
     */
    public static long capacity(MemorySegment s, long offset, long at, long stride) {
        return Math.max(0, s.byteSize() - offset - at) / stride;
    }

    /**
     * The bytes a struct of {@code size} bytes takes with {@code count} elements of
     * {@code stride} bytes from {@code at}, its flexible array member, as C's
     * {@code max(sizeof(s), offsetof(s, member[count]))}.
     *
     * @throws IndexOutOfBoundsException if {@code count} is negative
     * @throws ArithmeticException if the size overflows a {@code long}
     */
    public static long sizeWith(long size, long at, long count, long stride) {
        return Math.max(size, elementOffset(at, count, stride));
    }

    /**
     * Where element {@code index} of an array of {@code size}-byte structs starting at
     * {@code arrayOffset} begins.
     *
     * @throws IndexOutOfBoundsException if {@code index} is negative
     * @throws ArithmeticException if the offset overflows a {@code long}
     */
    public static long elementOffset(long arrayOffset, long index, long size) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("negative index " + index);
        }
        return Math.addExact(arrayOffset, Math.multiplyExact(index, size));
    }

    /** Zeroes the ranges of {@code padding} in the struct at {@code offset}, checked before. */
    public static void zero(MemorySegment s, long offset, PaddingBytes padding) {
        for (int i = 0; i < padding.rangeCount(); i++) {
            zero(s, offset + padding.rangeOffset(i), padding.rangeSize(i));
        }
    }

    /** As {@code BufferAccess.zeroTail}: the struct's bytes from {@code from} on, zeroed. */
    public static void zeroTail(MemorySegment s, long offset, long size, long from) {
        zero(s, check(s, offset, size) + from, size - from);
    }

    /** Sets {@code count} bytes from {@code index} to zero, widest stores first. */
    private static void zero(MemorySegment s, long index, long count) {
        long end = index + count;
        for (; end - index >= 8; index += 8) {
            s.set(LONG, index, 0L);
        }
        if (end - index >= 4) {
            s.set(INT, index, 0);
            index += 4;
        }
        if (end - index >= 2) {
            s.set(SHORT, index, (short) 0);
            index += 2;
        }
        if (index < end) {
            s.set(ValueLayout.JAVA_BYTE, index, (byte) 0);
        }
    }

    /**
     * A zeroed segment of {@code count} structs of {@code size} bytes from {@code allocator},
     * aligned to {@code alignment}.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     * @throws ArithmeticException if the size overflows a {@code long}
     */
    public static MemorySegment allocate(SegmentAllocator allocator, long size, long alignment,
                                         long count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
        MemorySegment segment = allocator.allocate(Math.multiplyExact(size, count), alignment);
        return segment.fill((byte) 0);
    }

    /** A member of a group layout: {@code layout} with its byte order and alignment set. */
    public static ValueLayout value(ValueLayout layout, boolean bigEndian, long alignment) {
        return layout.withOrder(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                .withByteAlignment(alignment);
    }

    // Compat converters: CompatCopy over segments. Copies move bytes as they are, in the native
    // order on both sides; widen and narrow read and write in the ABI's order.

    /**
     * Throws {@link IndexOutOfBoundsException} unless {@code count} structs of
     * {@code fromSize} bytes from {@code fromOffset} lie inside {@code from} and as many of
     * {@code toSize} bytes from {@code toOffset} inside {@code to}.
     */
    public static void checkArrays(MemorySegment from, long fromOffset, long fromSize,
                                   MemorySegment to, long toOffset, long toSize, long count) {
        Objects.checkFromIndexSize(fromOffset, Math.multiplyExact(count, fromSize),
                from.byteSize());
        Objects.checkFromIndexSize(toOffset, Math.multiplyExact(count, toSize), to.byteSize());
    }

    /**
     * Throws {@link IndexOutOfBoundsException} unless {@code fromBytes} bytes from
     * {@code fromOffset} lie inside {@code from} and {@code toBytes} from {@code toOffset}
     * inside {@code to}.
     */
    public static void check(MemorySegment from, long fromOffset, long fromBytes,
                             MemorySegment to, long toOffset, long toBytes) {
        Objects.checkFromIndexSize(fromOffset, fromBytes, from.byteSize());
        Objects.checkFromIndexSize(toOffset, toBytes, to.byteSize());
    }

    public static void copy8(MemorySegment from, long fromBase, long fromDelta, MemorySegment to,
                             long toBase, long toDelta) {
        to.set(LONG, toBase + toDelta, from.get(LONG, fromBase + fromDelta));
    }

    /** Copies {@code longs} consecutive 8-byte words, as that many {@code copy8} would. */
    public static void copyLongs(MemorySegment from, long fromBase, long fromDelta,
                                 MemorySegment to, long toBase, long toDelta, int longs) {
        for (long i = 0; i < longs * 8L; i += 8) {
            to.set(LONG, toBase + toDelta + i, from.get(LONG, fromBase + fromDelta + i));
        }
    }

    public static void copy4(MemorySegment from, long fromBase, long fromDelta, MemorySegment to,
                             long toBase, long toDelta) {
        to.set(INT, toBase + toDelta, from.get(INT, fromBase + fromDelta));
    }

    public static void copy2(MemorySegment from, long fromBase, long fromDelta, MemorySegment to,
                             long toBase, long toDelta) {
        to.set(SHORT, toBase + toDelta, from.get(SHORT, fromBase + fromDelta));
    }

    public static void copy1(MemorySegment from, long fromBase, long fromDelta, MemorySegment to,
                             long toBase, long toDelta) {
        to.set(ValueLayout.JAVA_BYTE, toBase + toDelta,
                from.get(ValueLayout.JAVA_BYTE, fromBase + fromDelta));
    }

    /** Copies {@code count} bytes as they are, in bulk. */
    public static void copy(MemorySegment from, long fromBase, long fromDelta, MemorySegment to,
                            long toBase, long toDelta, long count) {
        MemorySegment.copy(from, fromBase + fromDelta, to, toBase + toDelta, count);
    }

    public static void zero8(MemorySegment to, long toBase, long toDelta) {
        to.set(LONG, toBase + toDelta, 0L);
    }

    /** Zeroes {@code longs} consecutive 8-byte words, as that many {@code zero8} would. */
    public static void zeroLongs(MemorySegment to, long toBase, long toDelta, int longs) {
        for (long i = 0; i < longs * 8L; i += 8) {
            to.set(LONG, toBase + toDelta + i, 0L);
        }
    }

    /** Copies 4 bytes and zeroes the 4 after them with one 8-byte store. */
    public static void copy4Zero4(MemorySegment from, long fromBase, long fromDelta,
                                  MemorySegment to, long toBase, long toDelta) {
        int value = from.get(INT_LE, fromBase + fromDelta);
        to.set(LONG_LE, toBase + toDelta, Integer.toUnsignedLong(value));
    }

    /** Copies 2 bytes and zeroes the 6 after them with one 8-byte store. */
    public static void copy2Zero6(MemorySegment from, long fromBase, long fromDelta,
                                  MemorySegment to, long toBase, long toDelta) {
        short value = from.get(SHORT_LE, fromBase + fromDelta);
        to.set(LONG_LE, toBase + toDelta, Short.toUnsignedLong(value));
    }

    /** Copies 1 byte and zeroes the 7 after it with one 8-byte store. */
    public static void copy1Zero7(MemorySegment from, long fromBase, long fromDelta,
                                  MemorySegment to, long toBase, long toDelta) {
        byte value = from.get(ValueLayout.JAVA_BYTE, fromBase + fromDelta);
        to.set(LONG_LE, toBase + toDelta, Byte.toUnsignedLong(value));
    }

    public static void zero4(MemorySegment to, long toBase, long toDelta) {
        to.set(INT, toBase + toDelta, 0);
    }

    public static void zero2(MemorySegment to, long toBase, long toDelta) {
        to.set(SHORT, toBase + toDelta, (short) 0);
    }

    public static void zero1(MemorySegment to, long toBase, long toDelta) {
        to.set(ValueLayout.JAVA_BYTE, toBase + toDelta, (byte) 0);
    }

    /** Sets {@code count} bytes from {@code toBase + toDelta} to zero, widest stores first. */
    public static void zero(MemorySegment to, long toBase, long toDelta, long count) {
        zero(to, toBase + toDelta, count);
    }

    /** Copies a bitfield of {@code width} bits between two places in bytes of one order. */
    public static void copyBits(MemorySegment from, long fromBase, long fromDelta, int fromBit,
            MemorySegment to, long toBase, long toDelta, int toBit, int width,
            boolean bigEndian) {
        putBits(to, toBase + toDelta, toBit, width, bigEndian,
                bits(from, fromBase + fromDelta, fromBit, width, bigEndian));
    }

    /** Widens a 4-byte value to 8 bytes: sign-extended when {@code signed}, else zero-extended. */
    public static void widen(MemorySegment from, long fromBase, long fromDelta, MemorySegment to,
                             long toBase, long toDelta, boolean signed, boolean bigEndian) {
        int word = from.get(bigEndian ? INT_BE : INT_LE, fromBase + fromDelta);
        long value = signed ? word : Integer.toUnsignedLong(word);
        to.set(bigEndian ? LONG_BE : LONG_LE, toBase + toDelta, value);
    }

    /** As {@code CompatCopy.fits}: the 8-byte value must fit 4 bytes; nothing is written. */
    public static void fits(MemorySegment from, long fromBase, long fromDelta, boolean signed,
                            boolean bigEndian, String what) {
        long value = from.get(bigEndian ? LONG_BE : LONG_LE, fromBase + fromDelta);
        if (signed ? value != (int) value : value >>> 32 != 0) {
            throw new IllegalArgumentException(what + ": 0x" + Long.toHexString(value)
                    + " does not fit 4 bytes");
        }
    }

    /**
     * Narrows an 8-byte value to 4 bytes.
     *
     * @throws IllegalArgumentException naming {@code what} if it does not fit them, as a signed
     *     number when {@code signed}, else as an unsigned one; nothing is written then
     */
    public static void narrow(MemorySegment from, long fromBase, long fromDelta, MemorySegment to,
                              long toBase, long toDelta, boolean signed, boolean bigEndian,
                              String what) {
        long value = from.get(bigEndian ? LONG_BE : LONG_LE, fromBase + fromDelta);
        if (signed ? value != (int) value : value >>> 32 != 0) {
            throw new IllegalArgumentException(what + ": 0x" + Long.toHexString(value)
                    + " does not fit 4 bytes");
        }
        to.set(bigEndian ? INT_BE : INT_LE, toBase + toDelta, (int) value);
    }
}
