package org.abistruct.processor.plan;

import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;

/** A run of bytes in a struct, such as one that {@code write} zeroes. */
public record ByteRange(long offset, long size) {
    public ByteRange {
        if (offset < 0 || size <= 0) {
            throw new IllegalArgumentException("byte range " + offset + "+" + size);
        }
    }

    /**
     * The bytes that writing a whole {@code layout} zeroes, in offset order: a struct's holes
     * and tail padding; a union's bytes past its first member, since C writes a union through
     * its first member. (A union's {@code paddings()} are what no member covers, for the C
     * listing; these are what a write leaves unset.)
     */
    public static List<ByteRange> zeroedByWrite(StructLayout layout) {
        List<ByteRange> ranges = new ArrayList<>();
        if (layout.decl().union()) {
            long firstEnd = layout.fields().isEmpty() ? 0 : layout.fields().get(0).end();
            if (layout.size() > firstEnd) {
                ranges.add(new ByteRange(firstEnd, layout.size() - firstEnd));
            }
            return List.copyOf(ranges);
        }
        for (Padding padding : layout.paddings()) {
            ranges.add(new ByteRange(padding.offset(), padding.size()));
        }
        return List.copyOf(ranges);
    }
}
