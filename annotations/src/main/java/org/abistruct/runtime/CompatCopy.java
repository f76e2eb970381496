package org.abistruct.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The moves of generated compat converters between the 32-bit user-space and the 64-bit kernel
 * layout of a struct: bytes copied as they are (both ABIs of a pair share a byte order, so the
 * native order moves them unchanged), padding zeroed, and 4-byte pointers and C longs widened
 * or narrowed in the pair's byte order. Each move takes, for each buffer, a struct's offset and
 * a member's offset within it ({@code fromBase, fromDelta}), and moves the bytes at their sum:
 * generated code passes the member offsets as constants, which javac does not have to resolve an
 * operator for and the JIT folds. They are public for that code, not as an API of their own.
 */
public final class CompatCopy {
    private static final VarHandle SHORT = handle(short[].class, ByteOrder.nativeOrder());
    private static final VarHandle INT = handle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONG = handle(long[].class, ByteOrder.nativeOrder());
    private static final VarHandle SHORT_LE = handle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = handle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = handle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = handle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = handle(long[].class, ByteOrder.BIG_ENDIAN);

    private CompatCopy() {}

    private static VarHandle handle(Class<?> view, ByteOrder order) {
        return MethodHandles.byteBufferViewVarHandle(view, order);
    }

    /**
     * Throws {@link IndexOutOfBoundsException} unless {@code count} structs of
     * {@code fromSize} bytes from {@code fromOffset} lie inside {@code from} and as many of
     * {@code toSize} bytes from {@code toOffset} inside {@code to}.
     */
    public static void checkArrays(ByteBuffer from, int fromOffset, int fromSize, ByteBuffer to,
                                   int toOffset, int toSize, int count) {
        Objects.checkFromIndexSize(fromOffset, Math.multiplyExact(count, fromSize), from.limit());
        Objects.checkFromIndexSize(toOffset, Math.multiplyExact(count, toSize), to.limit());
    }

    /**
     * Throws {@link IndexOutOfBoundsException} unless {@code fromBytes} bytes from
     * {@code fromOffset} lie inside {@code from} and {@code toBytes} from {@code toOffset}
     * inside {@code to}.
     */
    public static void check(ByteBuffer from, int fromOffset, int fromBytes, ByteBuffer to,
                             int toOffset, int toBytes) {
        Objects.checkFromIndexSize(fromOffset, fromBytes, from.limit());
        Objects.checkFromIndexSize(toOffset, toBytes, to.limit());
    }

    public static void copy8(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta) {
        LONG.set(to, toBase + toDelta, (long) LONG.get(from, fromBase + fromDelta));
    }

    /** Copies {@code longs} consecutive 8-byte words, as that many {@code copy8} would. */
    public static void copyLongs(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta, int longs) {
        for (int i = 0; i < longs * 8; i += 8) {
            LONG.set(to, toBase + toDelta + i, (long) LONG.get(from, fromBase + fromDelta + i));
        }
    }

    public static void copy4(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta) {
        INT.set(to, toBase + toDelta, (int) INT.get(from, fromBase + fromDelta));
    }

    public static void copy2(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta) {
        SHORT.set(to, toBase + toDelta, (short) SHORT.get(from, fromBase + fromDelta));
    }

    public static void copy1(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta) {
        to.put(toBase + toDelta, from.get(fromBase + fromDelta));
    }

    /** Copies {@code count} bytes as they are, in bulk. */
    public static void copy(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta, int count) {
        to.put(toBase + toDelta, from, fromBase + fromDelta, count);
    }

    public static void zero8(ByteBuffer to, int toBase, int toDelta) {
        LONG.set(to, toBase + toDelta, 0L);
    }

    /** Zeroes {@code longs} consecutive 8-byte words, as that many {@code zero8} would. */
    public static void zeroLongs(ByteBuffer to, int toBase, int toDelta, int longs) {
        for (int i = 0; i < longs * 8; i += 8) {
            LONG.set(to, toBase + toDelta + i, 0L);
        }
    }

    /*
     * copyNZeroM: copies N bytes and zeroes the M that follow them in "to" with one 8-byte store,
     * a member followed by padding that only the destination has. Little-endian on both sides
     * puts the source bytes first and the zeroes after them, whatever the host's order; on a
     * little-endian host no move swaps bytes.
     */

    public static void copy4Zero4(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta) {
        int value = (int) INT_LE.get(from, fromBase + fromDelta);
        LONG_LE.set(to, toBase + toDelta, Integer.toUnsignedLong(value));
    }

    public static void copy2Zero6(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta) {
        short value = (short) SHORT_LE.get(from, fromBase + fromDelta);
        LONG_LE.set(to, toBase + toDelta, Short.toUnsignedLong(value));
    }

    public static void copy1Zero7(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta) {
        LONG_LE.set(to, toBase + toDelta, Byte.toUnsignedLong(from.get(fromBase + fromDelta)));
    }

    public static void zero4(ByteBuffer to, int toBase, int toDelta) {
        INT.set(to, toBase + toDelta, 0);
    }

    public static void zero2(ByteBuffer to, int toBase, int toDelta) {
        SHORT.set(to, toBase + toDelta, (short) 0);
    }

    public static void zero1(ByteBuffer to, int toBase, int toDelta) {
        to.put(toBase + toDelta, (byte) 0);
    }

    /** Sets {@code count} bytes from {@code toBase + toDelta} to zero, widest stores first. */
    public static void zero(ByteBuffer to, int toBase, int toDelta, int count) {
        BufferAccess.zero(to, toBase + toDelta, count);
    }

    /** Widens a 4-byte value to 8 bytes: sign-extended when {@code signed}, else zero-extended. */
    public static void widen(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta, boolean signed, boolean bigEndian) {
        int fromIndex = fromBase + fromDelta;
        int toIndex = toBase + toDelta;
        int word = bigEndian ? (int) INT_BE.get(from, fromIndex)
                : (int) INT_LE.get(from, fromIndex);
        long value = signed ? word : Integer.toUnsignedLong(word);
        if (bigEndian) {
            LONG_BE.set(to, toIndex, value);
        } else {
            LONG_LE.set(to, toIndex, value);
        }
    }

    /**
     * Narrows an 8-byte value to 4 bytes.
     *
     * @throws IllegalArgumentException naming {@code what} if it does not fit them, as a signed
     *     number when {@code signed}, else as an unsigned one; nothing is written then
     */
    public static void narrow(ByteBuffer from, int fromBase, int fromDelta, ByteBuffer to,
            int toBase, int toDelta, boolean signed, boolean bigEndian, String what) {
        int fromIndex = fromBase + fromDelta;
        int toIndex = toBase + toDelta;
        long value = bigEndian ? (long) LONG_BE.get(from, fromIndex)
                : (long) LONG_LE.get(from, fromIndex);
        if (signed ? value != (int) value : value >>> 32 != 0) {
            throw new IllegalArgumentException(what + ": 0x" + Long.toHexString(value)
                    + " does not fit 4 bytes");
        }
        if (bigEndian) {
            INT_BE.set(to, toIndex, (int) value);
        } else {
            INT_LE.set(to, toIndex, (int) value);
        }
    }
}
