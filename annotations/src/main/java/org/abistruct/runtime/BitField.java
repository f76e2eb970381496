package org.abistruct.runtime;

/**
 * The arithmetic of bitfields, shared by the memory helpers. A bitfield of {@code width} bits
 * starts {@code bit} bits into the byte at its index, bits counted from the byte's most
 * significant on a big-endian ABI and from its least on a little-endian one, as GCC numbers
 * them; it touches {@link #bytes} bytes. Byte {@code i} of them holds the field's bits from
 * {@link #shift} on (below 0: the byte's low bits lie outside the field).
 */
public final class BitField {
    private BitField() {}

    /** The bytes a bitfield touches: 1 to 9. */
    static int bytes(int bit, int width) {
        return (bit + width + 7) >>> 3;
    }

    /** Which bit of the field the least significant bit of its byte {@code i} holds. */
    static int shift(int i, int bit, int width, boolean bigEndian) {
        return bigEndian ? bit + width - 8 - 8 * i : 8 * i - bit;
    }

    /** Byte {@code i}'s share of {@code value}, and of the field's bits as a mask. */
    static int part(long value, int shift) {
        return (int) ((shift >= 0 ? value >>> shift : value << -shift) & 0xff);
    }

    /** Adds byte {@code b}'s share to {@code raw}. */
    static long add(long raw, int b, int shift) {
        long value = b & 0xffL;
        return raw | (shift >= 0 ? value << shift : value >>> -shift);
    }

    /** The field's bits as a value: sign-extended when {@code signed}, else zero-extended. */
    static long extend(long raw, int width, boolean signed) {
        if (width == Long.SIZE) {
            return raw;
        }
        return signed ? raw << (Long.SIZE - width) >> (Long.SIZE - width)
                : raw & mask(width);
    }

    static long mask(int width) {
        return width == Long.SIZE ? -1L : (1L << width) - 1;
    }

    /**
     * Throws {@link IllegalArgumentException} naming {@code member} unless {@code value} fits
     * {@code width} bits, as a signed number when {@code signed}, else as an unsigned one.
     */
    static void checkFits(long value, int width, boolean signed, String member) {
        if (width == Long.SIZE) {
            return;
        }
        boolean fits = signed ? value >> (width - 1) == 0 || value >> (width - 1) == -1
                : value >>> width == 0;
        if (!fits) {
            throw new IllegalArgumentException(member + ": " + (signed ? Long.toString(value)
                    : Long.toUnsignedString(value)) + " does not fit a " + width + "-bit "
                    + (signed ? "signed" : "unsigned") + " bitfield");
        }
    }

    /**
     * Throws {@link IllegalArgumentException} naming {@code member} unless {@code value} is 0:
     * an unnamed bitfield holds nothing.
     */
    public static void checkUnnamed(long value, String member) {
        if (value != 0) {
            throw new IllegalArgumentException(member + " is an unnamed bitfield, which holds"
                    + " nothing: " + value + " is not 0");
        }
    }
}
