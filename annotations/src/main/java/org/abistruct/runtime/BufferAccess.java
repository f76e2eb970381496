package org.abistruct.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The memory operations of generated layouts over a {@link ByteBuffer}. Each checks that a
 * struct of {@code size} bytes at {@code offset} lies inside the buffer, then reads or writes
 * one scalar {@code at} bytes into it, in the given byte order whatever the buffer's own; none
 * moves the buffer's position. Generated code calls these with its layout's numbers, which the
 * JIT sees as constants; they are public for that code, not as an API of their own.
 */
public final class BufferAccess {
    private static final VarHandle SHORT_LE = handle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = handle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle CHAR_LE = handle(char[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle CHAR_BE = handle(char[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = handle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = handle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = handle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = handle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle FLOAT_LE = handle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_BE = handle(float[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle DOUBLE_LE = handle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_BE = handle(double[].class, ByteOrder.BIG_ENDIAN);

    private BufferAccess() {}

    private static VarHandle handle(Class<?> view, ByteOrder order) {
        return MethodHandles.byteBufferViewVarHandle(view, order);
    }

    /**
     * Returns {@code offset} once {@code size} bytes from it lie inside {@code buf}, else throws
     * {@link IndexOutOfBoundsException}. It is {@code Objects.checkIndex}, which the JIT can
     * hoist out of a loop over an array of structs. A struct of 8 bytes or more is checked in
     * the form of 8-byte accesses (below); generated code that knows the access to follow
     * names its width instead.
     */
    public static int check(ByteBuffer buf, int offset, int size) {
        return size < Long.BYTES ? plainCheck(buf, offset, size)
                : check(buf, offset, size, Long.BYTES);
    }

    private static int plainCheck(ByteBuffer buf, int offset, int size) {
        return Objects.checkIndex(offset, buf.limit() - size + 1);
    }

    /**
     * {@link #check(ByteBuffer, int, int)} before accesses of {@code width} bytes: the same
     * bounds, checked as a non-negative offset and a last {@code width} bytes of the struct
     * that the buffer could access, against {@code limit - width + 1} as the buffer checks its
     * own accesses. The JIT then finds the access's own check already made, and drops it. A
     * struct smaller than the access (an element of its flexible array member, past it) gets
     * the plain check. Generated code checks a struct in the form of the access that follows.
     */
    public static int check(ByteBuffer buf, int offset, int size, int width) {
        if (size < width) {
            return plainCheck(buf, offset, size);
        }
        Objects.checkIndex(offset + (size - width), buf.limit() - width + 1);
        return Objects.checkIndex(offset, Integer.MAX_VALUE);
    }

    /**
     * The C string in the {@code length} bytes {@code at} into the struct: its bytes up to the
     * first NUL (all of them without one), decoded as UTF-8.
     */
    public static String getString(ByteBuffer buf, int offset, int size, int at, int length) {
        int start = check(buf, offset, size) + at;
        byte[] bytes = new byte[length];
        buf.get(start, bytes);
        return CString.decode(bytes);
    }

    /**
     * Writes {@code value} as a C string into the {@code length} bytes {@code at} into the
     * struct: its UTF-8 bytes, a NUL, and zeroes to the end. A string whose bytes and NUL do not
     * fit, or that holds a NUL, throws {@link IllegalArgumentException} naming {@code member},
     * before any byte is written.
     */
    public static void setString(ByteBuffer buf, int offset, int size, int at, int length,
                                 String value, String member) {
        byte[] bytes = CString.encode(value, length, member);
        buf.put(check(buf, offset, size) + at, bytes);
    }

    public static byte getByte(ByteBuffer buf, int offset, int size, int at) {
        return buf.get(check(buf, offset, size, 1) + at);
    }

    public static void setByte(ByteBuffer buf, int offset, int size, int at, byte v) {
        buf.put(check(buf, offset, size, 1) + at, v);
    }

    /** A {@code _Bool}: any byte but zero reads as true; true writes 1. */
    public static boolean getBoolean(ByteBuffer buf, int offset, int size, int at) {
        return getByte(buf, offset, size, at) != 0;
    }

    public static void setBoolean(ByteBuffer buf, int offset, int size, int at, boolean v) {
        setByte(buf, offset, size, at, (byte) (v ? 1 : 0));
    }

    public static short getShort(ByteBuffer buf, int offset, int size, int at, boolean bigEndian) {
        int index = check(buf, offset, size, 2) + at;
        return bigEndian ? (short) SHORT_BE.get(buf, index) : (short) SHORT_LE.get(buf, index);
    }

    public static void setShort(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                                short v) {
        int index = check(buf, offset, size, 2) + at;
        if (bigEndian) {
            SHORT_BE.set(buf, index, v);
        } else {
            SHORT_LE.set(buf, index, v);
        }
    }

    public static char getChar(ByteBuffer buf, int offset, int size, int at, boolean bigEndian) {
        int index = check(buf, offset, size, 2) + at;
        return bigEndian ? (char) CHAR_BE.get(buf, index) : (char) CHAR_LE.get(buf, index);
    }

    public static void setChar(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                               char v) {
        int index = check(buf, offset, size, 2) + at;
        if (bigEndian) {
            CHAR_BE.set(buf, index, v);
        } else {
            CHAR_LE.set(buf, index, v);
        }
    }

    public static int getInt(ByteBuffer buf, int offset, int size, int at, boolean bigEndian) {
        int index = check(buf, offset, size, 4) + at;
        return bigEndian ? (int) INT_BE.get(buf, index) : (int) INT_LE.get(buf, index);
    }

    public static void setInt(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                              int v) {
        int index = check(buf, offset, size, 4) + at;
        if (bigEndian) {
            INT_BE.set(buf, index, v);
        } else {
            INT_LE.set(buf, index, v);
        }
    }

    public static long getLong(ByteBuffer buf, int offset, int size, int at, boolean bigEndian) {
        int index = check(buf, offset, size, 8) + at;
        return bigEndian ? (long) LONG_BE.get(buf, index) : (long) LONG_LE.get(buf, index);
    }

    public static void setLong(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                               long v) {
        int index = check(buf, offset, size, 8) + at;
        if (bigEndian) {
            LONG_BE.set(buf, index, v);
        } else {
            LONG_LE.set(buf, index, v);
        }
    }

    public static float getFloat(ByteBuffer buf, int offset, int size, int at, boolean bigEndian) {
        int index = check(buf, offset, size, 4) + at;
        return bigEndian ? (float) FLOAT_BE.get(buf, index) : (float) FLOAT_LE.get(buf, index);
    }

    public static void setFloat(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                                float v) {
        int index = check(buf, offset, size, 4) + at;
        if (bigEndian) {
            FLOAT_BE.set(buf, index, v);
        } else {
            FLOAT_LE.set(buf, index, v);
        }
    }

    public static double getDouble(ByteBuffer buf, int offset, int size, int at,
                                   boolean bigEndian) {
        int index = check(buf, offset, size, 8) + at;
        return bigEndian ? (double) DOUBLE_BE.get(buf, index) : (double) DOUBLE_LE.get(buf, index);
    }

    public static void setDouble(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                                 double v) {
        int index = check(buf, offset, size, 8) + at;
        if (bigEndian) {
            DOUBLE_BE.set(buf, index, v);
        } else {
            DOUBLE_LE.set(buf, index, v);
        }
    }

    /**
     * A pointer or C {@code long} of {@code wordSize} (4 or 8) bytes, widened to a
     * {@code long}: sign-extended when {@code signed}, else zero-extended.
     */
    public static long getWord(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                               int wordSize, boolean signed) {
        if (wordSize == 8) {
            return getLong(buf, offset, size, at, bigEndian);
        }
        int word = getInt(buf, offset, size, at, bigEndian);
        return signed ? word : Integer.toUnsignedLong(word);
    }

    /**
     * Writes a pointer or C {@code long} of {@code wordSize} (4 or 8) bytes. A value that does
     * not fit 4 bytes (as a signed or an unsigned number, as {@code signed} says) throws
     * {@link IllegalArgumentException} naming {@code member} and {@code cType}; nothing is
     * written then.
     */
    public static void setWord(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                               int wordSize, boolean signed, long v, String member,
                               String cType) {
        if (wordSize == 8) {
            setLong(buf, offset, size, at, bigEndian, v);
            return;
        }
        Values.word(v, wordSize, signed, member, cType);
        setInt(buf, offset, size, at, bigEndian, (int) v);
    }

    /**
     * Reads a bitfield of {@code width} bits starting {@code bit} bits into the byte {@code at}
     * bytes into the struct (see {@link BitField}), sign-extended when {@code signed}.
     */
    public static long getBits(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                               int bit, int width, boolean signed) {
        return BitField.extend(bits(buf, check(buf, offset, size) + at, bit, width, bigEndian),
                width, signed);
    }

    /**
     * Writes a bitfield, keeping the other bits of the bytes it touches. A value that does not
     * fit {@code width} bits throws {@link IllegalArgumentException} naming {@code member};
     * nothing is written then.
     */
    public static void setBits(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                               int bit, int width, boolean signed, long v, String member) {
        BitField.checkFits(v, width, signed, member);
        putBits(buf, check(buf, offset, size) + at, bit, width, bigEndian, v);
    }

    /** The raw bits of the bitfield in the bytes from {@code index}. */
    static long bits(ByteBuffer buf, int index, int bit, int width, boolean bigEndian) {
        long raw = 0;
        int bytes = BitField.bytes(bit, width);
        for (int i = 0; i < bytes; i++) {
            raw = BitField.add(raw, buf.get(index + i), BitField.shift(i, bit, width, bigEndian));
        }
        return BitField.extend(raw, width, false);
    }

    /** Stores the low {@code width} bits of {@code v} as the bitfield from {@code index}. */
    static void putBits(ByteBuffer buf, int index, int bit, int width, boolean bigEndian,
                        long v) {
        long mask = BitField.mask(width);
        int bytes = BitField.bytes(bit, width);
        for (int i = 0; i < bytes; i++) {
            int shift = BitField.shift(i, bit, width, bigEndian);
            int keep = ~BitField.part(mask, shift);
            int old = buf.get(index + i);
            buf.put(index + i, (byte) (old & keep | BitField.part(v & mask, shift)));
        }
    }

    /**
     * How many elements of {@code stride} bytes fit between {@code at} bytes past
     * {@code offset} and the buffer's limit: the room of a flexible array member.
     */
    public static int capacity(ByteBuffer buf, int offset, int at, int stride) {
        return Math.max(0, buf.limit() - offset - at) / stride;
    }

    /**
     * The bytes a struct of {@code size} bytes takes with {@code count} elements of
     * {@code stride} bytes from {@code at}, its flexible array member: as C's
     * {@code max(sizeof(s), offsetof(s, member[count]))}: where element {@code count} would
     * begin, as {@link #elementOffset} finds it, or the struct's end.
     *
     * @throws IndexOutOfBoundsException if {@code count} is negative
     * @throws ArithmeticException if the size overflows an {@code int}
     */
    public static int sizeWith(int size, int at, int count, int stride) {
        return Math.max(size, elementOffset(at, count, stride));
    }

    /**
     * Where element {@code index} of an array of {@code size}-byte structs starting at
     * {@code arrayOffset} begins.
     *
     * @throws IndexOutOfBoundsException if {@code index} is negative
     * @throws ArithmeticException if the offset overflows an {@code int}
     */
    public static int elementOffset(int arrayOffset, int index, int size) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("negative index " + index);
        }
        return Math.addExact(arrayOffset, Math.multiplyExact(index, size));
    }

    /**
     * Zeroes the bytes of the struct at {@code offset} from {@code from} bytes in to its end,
     * once the struct is checked: the rest of a union past the member just written.
     */
    public static void zeroTail(ByteBuffer buf, int offset, int size, int from) {
        zero(buf, check(buf, offset, size) + from, size - from);
    }

    /** Sets {@code count} bytes from {@code index} to zero, widest stores first. */
    static void zero(ByteBuffer buf, int index, int count) {
        int end = index + count;
        for (; end - index >= 8; index += 8) {
            LONG_LE.set(buf, index, 0L);
        }
        if (end - index >= 4) {
            INT_LE.set(buf, index, 0);
            index += 4;
        }
        if (end - index >= 2) {
            SHORT_LE.set(buf, index, (short) 0);
            index += 2;
        }
        if (index < end) {
            buf.put(index, (byte) 0);
        }
    }
}
