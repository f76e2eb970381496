package org.abistruct.importer.plan;

import java.nio.ByteOrder;
import java.util.List;
import org.abistruct.processor.model.ScalarKind;

/**
 * What one member becomes in Java: a scalar kind or an embedded record, array lengths (outermost
 * first, 0 for a flexible array), its own byte order, an {@code aligned} attribute and a
 * bitfield width.
 *
 * @param record the embedded record's simple names, outermost first; empty for a scalar
 * @param recordId the debug-information id of the embedded struct, -1 for a scalar
 * @param named false for an unnamed bitfield, which only holds bits apart
 */
public record Field(ScalarKind kind, List<String> record, long recordId, ByteOrder order,
                    List<Integer> lengths, int align, int bits, boolean named) {
    public Field {
        record = List.copyOf(record);
        lengths = List.copyOf(lengths);
    }

    static Field scalar(ScalarKind kind, ByteOrder order, int align) {
        return new Field(kind, List.of(), -1, order, List.of(), align, 0, true);
    }

    public boolean isRecord() {
        return kind == null;
    }

    Field withLengths(List<Integer> outer) {
        List<Integer> all = new java.util.ArrayList<>(outer);
        all.addAll(lengths);
        return new Field(kind, record, recordId, order, all, align, bits, named);
    }

    Field withAlign(int newAlign) {
        return new Field(kind, record, recordId, order, lengths, newAlign, bits, named);
    }

    Field withBits(int width, boolean isNamed) {
        return new Field(kind, record, recordId, order, lengths, align, width, isNamed);
    }

    /** Whether the member is a flexible array member. */
    boolean flexible() {
        return !lengths.isEmpty() && lengths.get(0) == 0;
    }

    /**
     * A text that is equal for two members exactly when they lay out the same bytes: a
     * header that spells a member {@code __u32} and another that spells it {@code int}
     * ({@code __kernel_rwf_t}) declare the same member.
     */
    String signature() {
        String carrier = kind == null ? "struct" : switch (kind) {
            case INT8, UINT8, CHAR -> "i8";
            case INT16, UINT16, CHAR16 -> "i16";
            case INT32, UINT32 -> "i32";
            case INT64, UINT64 -> "i64";
            case LONG, ULONG -> "long";
            default -> kind.name();
        };
        return carrier + order + lengths + "a" + align + "b" + bits;
    }
}
