package org.abistruct.processor.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.abistruct.processor.layout.FieldLayout;
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
     * listing; these are what a write leaves unset.) The bytes of bitfields are zeroed too,
     * since their setters keep the bits around them: all of a union whose first member is one.
     * So are the bytes an anonymous member's {@code aligned} attribute adds to its type's size,
     * which the type's own {@code write} does not cover.
     */
    public static List<ByteRange> zeroedByWrite(StructLayout layout) {
        List<ByteRange> ranges = new ArrayList<>();
        if (layout.decl().union()) {
            int named = layout.decl().firstNamed();
            FieldLayout first = named < 0 ? null : layout.fields().get(named);
            long firstEnd = first == null || first.member().bitfield() ? 0
                    : first.end() - raisedTail(first);
            if (layout.size() > firstEnd) {
                ranges.add(new ByteRange(firstEnd, layout.size() - firstEnd));
            }
            return List.copyOf(ranges);
        }
        List<long[]> spans = new ArrayList<>();
        for (Padding padding : layout.paddings()) {
            spans.add(new long[] {padding.offset(), padding.offset() + padding.size()});
        }
        for (FieldLayout field : layout.fields()) {
            if (field.member().bitfield() && field.size() > 0) {
                spans.add(new long[] {field.offset(), field.end()});
            }
            long raised = raisedTail(field);
            if (raised > 0) {
                spans.add(new long[] {field.end() - raised, field.end()});
            }
        }
        spans.sort(Comparator.comparingLong(span -> span[0]));
        long start = -1;
        long end = -1;
        for (long[] span : spans) {
            if (span[0] > end) {
                if (end > start) {
                    ranges.add(new ByteRange(start, end - start));
                }
                start = span[0];
            }
            end = Math.max(end, span[1]);
        }
        if (end > start && start >= 0) {
            ranges.add(new ByteRange(start, end - start));
        }
        return List.copyOf(ranges);
    }

    /** The bytes an anonymous member's own alignment adds past its type's size. */
    private static long raisedTail(FieldLayout field) {
        return field.member().anonymous() ? field.size() - field.nested().orElseThrow().size() : 0;
    }
}
