package org.abistruct.runtime;

/**
 * The checks of values before they are written: each throws {@link IllegalArgumentException}
 * naming the member when a value does not fit where it goes, so that a layout's
 * {@code validate} can refuse a whole record before any byte is touched.
 */
public final class Values {
    private Values() {}

    /** {@code v} must fit a bitfield of {@code width} bits, signed or unsigned. */
    public static void bits(long v, int width, boolean signed, String member) {
        BitField.checkFits(v, width, signed, member);
    }

    /** An unnamed bitfield holds nothing: {@code v} must be 0. */
    public static void unnamed(long v, String member) {
        BitField.checkUnnamed(v, member);
    }

    /**
     * {@code v} must fit a pointer or C {@code long} of {@code wordSize} (4 or 8) bytes, as a
     * signed or an unsigned number; {@code cType} names the type in the message.
     */
    public static void word(long v, int wordSize, boolean signed, String member, String cType) {
        if (wordSize == 4 && (signed ? v != (int) v : v >>> 32 != 0)) {
            throw new IllegalArgumentException(member + ": " + (signed ? Long.toString(v)
                    : "0x" + Long.toHexString(v)) + " does not fit a 4-byte " + cType);
        }
    }
}
