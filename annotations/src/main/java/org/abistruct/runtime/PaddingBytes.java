package org.abistruct.runtime;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The bytes of a struct under one ABI that {@code write} zeroes because no member it writes
 * covers them: holes and tail padding, or for a union the bytes past its first member.
 * Immutable; each range is an offset from the start of the struct and a size.
 */
public final class PaddingBytes {
    /** No padding. */
    public static final PaddingBytes NONE = new PaddingBytes(new int[0]);

    private final int[] ranges;

    private PaddingBytes(int[] ranges) {
        this.ranges = ranges;
    }

    /**
     * The ranges given as offset and size pairs, in offset order.
     *
     * @throws IllegalArgumentException for an odd count, a negative offset, a size below 1, or
     *     ranges out of order or overlapping
     */
    public static PaddingBytes of(int... offsetSizePairs) {
        if (offsetSizePairs.length % 2 != 0) {
            throw new IllegalArgumentException("offset and size pairs expected, got "
                    + offsetSizePairs.length + " numbers");
        }
        int end = 0;
        for (int i = 0; i < offsetSizePairs.length; i += 2) {
            int offset = offsetSizePairs[i];
            int size = offsetSizePairs[i + 1];
            if (offset < end || size < 1 || offset + size < offset) {
                throw new IllegalArgumentException("bad padding range " + offset + "+" + size);
            }
            end = offset + size;
        }
        return offsetSizePairs.length == 0 ? NONE
                : new PaddingBytes(offsetSizePairs.clone());
    }

    /**
     * Zeroes every range in the struct at {@code offset}, which the caller has checked lies
     * inside {@code buf}.
     */
    public void zero(ByteBuffer buf, int offset) {
        for (int i = 0; i < ranges.length; i += 2) {
            BufferAccess.zero(buf, offset + ranges[i], ranges[i + 1]);
        }
    }

    /** How many ranges there are. */
    public int rangeCount() {
        return ranges.length / 2;
    }

    /** Where range {@code i} starts, from the start of the struct. */
    public int rangeOffset(int i) {
        return ranges[2 * Objects.checkIndex(i, rangeCount())];
    }

    /** How many bytes range {@code i} holds. */
    public int rangeSize(int i) {
        return ranges[2 * Objects.checkIndex(i, rangeCount()) + 1];
    }

    /** How many bytes the ranges hold. */
    public int byteCount() {
        int count = 0;
        for (int i = 1; i < ranges.length; i += 2) {
            count += ranges[i];
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaddingBytes other && Arrays.equals(ranges, other.ranges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ranges);
    }

    /** Such as {@code [12+4]}: each range as offset+size. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < ranges.length; i += 2) {
            out.add(ranges[i] + "+" + ranges[i + 1]);
        }
        return out.toString();
    }
}
