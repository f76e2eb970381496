package org.abistruct.examples.e500;

import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Where the MAS words of one {@code kvm_book3e_206_tlb_entry} lie, its size and byte order:
 * the facts a {@link BufferEntryArray} needs. They belong to the layout the annotation processor
 * computes per ABI; {@link #PROVISIONAL_POWERPC} stands in for them until that is wired.
 */
public record EntryLayout(int size, int mas8Offset, int mas1Offset, int mas2Offset,
        int mas73Offset, ByteOrder byteOrder) {

    /**
     * Temporary: the powerpc layout of {@code struct kvm_book3e_206_tlb_entry} written out by
     * hand ({@code __u32 mas8; __u32 mas1; __u64 mas2; __u64 mas7_3;}, big-endian). To be replaced
     * by the generated layout's SIZE and OFFSET_ constants; nothing else may spell these numbers.
     */
    public static final EntryLayout PROVISIONAL_POWERPC =
            new EntryLayout(24, 0, 4, 8, 16, ByteOrder.BIG_ENDIAN);

    public EntryLayout {
        Objects.requireNonNull(byteOrder, "byteOrder");
        if (size <= 0) {
            throw new IllegalArgumentException("entry size must be positive: " + size);
        }
        requireInside(mas8Offset, Integer.BYTES, size, "mas8");
        requireInside(mas1Offset, Integer.BYTES, size, "mas1");
        requireInside(mas2Offset, Long.BYTES, size, "mas2");
        requireInside(mas73Offset, Long.BYTES, size, "mas7_3");
    }

    private static void requireInside(int offset, int width, int size, String name) {
        if (offset < 0 || offset > size - width) {
            throw new IllegalArgumentException(name + " at " + offset + " does not fit in " + size + " bytes");
        }
    }
}
