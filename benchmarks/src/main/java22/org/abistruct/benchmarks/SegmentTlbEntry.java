package org.abistruct.benchmarks;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;

import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.foreign.ValueLayout.OfInt;
import java.lang.foreign.ValueLayout.OfLong;
import java.nio.ByteOrder;

/**
 * {@code struct kvm_book3e_206_tlb_entry} over a {@link MemorySegment} with hand-written
 * {@code static final} {@link ValueLayout} constants, in the shape jextract generates, for the
 * little-endian layout and (which jextract does not do) the big-endian one.
 */
final class SegmentTlbEntry {
    static final GroupLayout LAYOUT_LE = layout(ByteOrder.LITTLE_ENDIAN);
    static final GroupLayout LAYOUT_BE = layout(ByteOrder.BIG_ENDIAN);

    static final OfInt MAS8_LE = (OfInt) LAYOUT_LE.select(groupElement("mas8"));
    static final OfInt MAS1_LE = (OfInt) LAYOUT_LE.select(groupElement("mas1"));
    static final OfLong MAS2_LE = (OfLong) LAYOUT_LE.select(groupElement("mas2"));
    static final OfLong MAS7_3_LE = (OfLong) LAYOUT_LE.select(groupElement("mas7_3"));
    static final OfInt MAS8_BE = (OfInt) LAYOUT_BE.select(groupElement("mas8"));
    static final OfInt MAS1_BE = (OfInt) LAYOUT_BE.select(groupElement("mas1"));
    static final OfLong MAS2_BE = (OfLong) LAYOUT_BE.select(groupElement("mas2"));
    static final OfLong MAS7_3_BE = (OfLong) LAYOUT_BE.select(groupElement("mas7_3"));

    static final long MAS8_OFFSET = 0;
    static final long MAS1_OFFSET = 4;
    static final long MAS2_OFFSET = 8;
    static final long MAS7_3_OFFSET = 16;
    static final long SIZE = 24;

    private SegmentTlbEntry() {
    }

    private static GroupLayout layout(ByteOrder order) {
        return MemoryLayout.structLayout(
                ValueLayout.JAVA_INT.withOrder(order).withName("mas8"),
                ValueLayout.JAVA_INT.withOrder(order).withName("mas1"),
                ValueLayout.JAVA_LONG.withOrder(order).withName("mas2"),
                ValueLayout.JAVA_LONG.withOrder(order).withName("mas7_3"))
                .withName("kvm_book3e_206_tlb_entry");
    }

    /** Element {@code index} of an array of entries, as jextract's {@code asSlice}. */
    static MemorySegment asSlice(MemorySegment array, long index) {
        return array.asSlice(SIZE * index);
    }
}
