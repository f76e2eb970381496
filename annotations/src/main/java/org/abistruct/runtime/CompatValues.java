package org.abistruct.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The compat converters' operations on single values over a {@link ByteBuffer}, beside
 * {@link CompatCopy}'s copies: a bitfield moved between bit positions, and a word checked before
 * a narrowing converter writes anything. Kept apart from {@code CompatCopy}, whose small copy
 * methods the JIT compiles best alone.
 */
public final class CompatValues {
    private static final VarHandle LONG_LE =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private CompatValues() {}

    /** Copies a bitfield of {@code width} bits between two places in bytes of one order. */
    public static void copyBits(ByteBuffer from, int fromBase, int fromDelta, int fromBit,
            ByteBuffer to, int toBase, int toDelta, int toBit, int width, boolean bigEndian) {
        BufferAccess.putBits(to, toBase + toDelta, toBit, width, bigEndian,
                BufferAccess.bits(from, fromBase + fromDelta, fromBit, width, bigEndian));
    }

    /**
     * Throws {@link IllegalArgumentException} naming {@code what} unless the 8-byte value at
     * {@code fromBase + fromDelta} fits 4 bytes, as {@code CompatCopy.narrow} will write it:
     * what a narrowing converter checks of every such value before it writes a byte.
     */
    public static void fits(ByteBuffer from, int fromBase, int fromDelta, boolean signed,
            boolean bigEndian, String what) {
        int fromIndex = fromBase + fromDelta;
        long value = bigEndian ? (long) LONG_BE.get(from, fromIndex)
                : (long) LONG_LE.get(from, fromIndex);
        if (signed ? value != (int) value : value >>> 32 != 0) {
            throw new IllegalArgumentException(what + ": 0x" + Long.toHexString(value)
                    + " does not fit 4 bytes");
        }
    }
}
