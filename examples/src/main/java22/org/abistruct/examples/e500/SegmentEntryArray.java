package org.abistruct.examples.e500;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;

/**
 * An {@link EntryArray} over a {@link MemorySegment} through the generated segment accessors of
 * one ABI's {@code kvm_book3e_206_tlb_entry}: entry {@code i} starts at
 * {@code layout.elementOffset(base, i)}, a {@code long} offset.
 */
public final class SegmentEntryArray implements EntryArray {
    /** Entry arrays over a segment of a region's memory. */
    public static final EntryArrays SEGMENTS = (buffer, base, count, layout) ->
            new SegmentEntryArray(MemorySegment.ofBuffer(buffer), base, count, layout);

    private final MemorySegment segment;
    private final long base;
    private final int count;
    private final KvmBook3e206TlbEntryLayout layout;

    /**
     * @param segment the memory
     * @param base where entry 0 starts in {@code segment}
     * @param count entries the array holds; they must all lie inside the segment
     * @param layout the generated layout of one entry under the ABI of whoever accesses it
     */
    public SegmentEntryArray(MemorySegment segment, long base, int count,
                             KvmBook3e206TlbEntryLayout layout) {
        this.segment = Objects.requireNonNull(segment, "segment");
        this.layout = Objects.requireNonNull(layout, "layout");
        if (base < 0 || count < 0) {
            throw new IllegalArgumentException("base and count must not be negative");
        }
        long end = layout.elementOffset(base, (long) count);
        if (end > segment.byteSize()) {
            throw new IllegalArgumentException(count + " entries of " + layout.size()
                    + " bytes from " + base + " exceed the segment's " + segment.byteSize()
                    + " bytes");
        }
        this.base = base;
        this.count = count;
    }

    @Override
    public int entryCount() {
        return count;
    }

    @Override
    public int mas8(int index) {
        return layout.getMas8(segment, at(index));
    }

    @Override
    public int mas1(int index) {
        return layout.getMas1(segment, at(index));
    }

    @Override
    public long mas2(int index) {
        return layout.getMas2(segment, at(index));
    }

    @Override
    public long mas73(int index) {
        return layout.getMas73(segment, at(index));
    }

    @Override
    public void setMas8(int index, int value) {
        layout.setMas8(segment, at(index), value);
    }

    @Override
    public void setMas1(int index, int value) {
        layout.setMas1(segment, at(index), value);
    }

    @Override
    public void setMas2(int index, long value) {
        layout.setMas2(segment, at(index), value);
    }

    @Override
    public void setMas73(int index, long value) {
        layout.setMas73(segment, at(index), value);
    }

    @Override
    public KvmBook3e206TlbEntry read(int index) {
        return layout.read(segment, at(index));
    }

    @Override
    public void write(int index, KvmBook3e206TlbEntry entry) {
        layout.write(segment, at(index), entry);
    }

    private long at(int index) {
        return layout.elementOffset(base, (long) Objects.checkIndex(index, count));
    }
}
