package org.abistruct.examples.e500;

import java.util.Arrays;

/**
 * The KVM_DIRTY_TLB bitmap: one bit per TLB entry, rounded up to a multiple of 64 bits,
 * little-endian (entry {@code i} is bit {@code i % 8} of byte {@code i / 8}, bit 0 being the
 * least significant).
 */
public final class DirtyBitmap {

    private final int entryCount;
    private final byte[] bytes;

    /** An all-clear bitmap for {@code entryCount} entries. */
    public DirtyBitmap(int entryCount) {
        this(entryCount, new byte[byteLength(entryCount)]);
    }

    private DirtyBitmap(int entryCount, byte[] bytes) {
        this.entryCount = entryCount;
        this.bytes = bytes;
    }

    /** The bitmap's bytes for {@code entryCount} entries: whole 64-bit words, 8 bytes each. */
    public static int byteLength(int entryCount) {
        if (entryCount < 0) {
            throw new IllegalArgumentException("entry count must not be negative: " + entryCount);
        }
        long words = (entryCount + 63L) / 64;
        return Math.toIntExact(words * Long.BYTES);
    }

    /** A bitmap read from its bytes, which must be exactly {@link #byteLength} long. */
    public static DirtyBitmap fromBytes(int entryCount, byte[] bytes) {
        if (bytes.length != byteLength(entryCount)) {
            throw new IllegalArgumentException("a bitmap for " + entryCount + " entries has "
                    + byteLength(entryCount) + " bytes, not " + bytes.length);
        }
        return new DirtyBitmap(entryCount, bytes.clone());
    }

    public int entryCount() {
        return entryCount;
    }

    public void set(int entry) {
        bytes[byteOf(entry)] |= (byte) bitOf(entry);
    }

    public void clear(int entry) {
        bytes[byteOf(entry)] &= (byte) ~bitOf(entry);
    }

    public boolean isSet(int entry) {
        return (bytes[byteOf(entry)] & bitOf(entry)) != 0;
    }

    /** Clears every bit. */
    public void clearAll() {
        Arrays.fill(bytes, (byte) 0);
    }

    /** The number of set bits, padding bits included. */
    public int weight() {
        int weight = 0;
        for (byte b : bytes) {
            weight += Integer.bitCount(b & 0xFF);
        }
        return weight;
    }

    /** Whether any bit past the last entry, in the padding up to 64 bits, is set. */
    public boolean paddingSet() {
        for (long bit = entryCount; bit < bytes.length * 8L; bit++) {
            if ((bytes[(int) (bit >>> 3)] & (1 << (bit & 7))) != 0) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the bytes, as they go to the kernel. */
    public byte[] toBytes() {
        return bytes.clone();
    }

    private int byteOf(int entry) {
        if (entry < 0 || entry >= entryCount) {
            throw new IndexOutOfBoundsException("entry " + entry + " of " + entryCount);
        }
        return entry >>> 3;
    }

    private static int bitOf(int entry) {
        return 1 << (entry & 7);
    }
}
