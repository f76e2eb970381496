package org.abistruct.importer.plan;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.abistruct.importer.model.CType;
import org.abistruct.processor.model.ScalarKind;

/**
 * Maps a C type to the Java member that carries it: the kernel's fixed-width typedefs by name
 * ({@code __u64}, {@code __be32}, {@code __aligned_u64}), other typedefs through to their base
 * type, pointers to {@code @Pointer long}, enums to an integer of their size.
 */
final class TypeMapper {
    private record Fixed(ScalarKind kind, ByteOrder order, int align) {}

    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;

    private static final Map<String, Fixed> TYPEDEFS = Map.ofEntries(
            Map.entry("__u8", new Fixed(ScalarKind.UINT8, null, 0)),
            Map.entry("__s8", new Fixed(ScalarKind.INT8, null, 0)),
            Map.entry("__u16", new Fixed(ScalarKind.UINT16, null, 0)),
            Map.entry("__s16", new Fixed(ScalarKind.INT16, null, 0)),
            Map.entry("__u32", new Fixed(ScalarKind.UINT32, null, 0)),
            Map.entry("__s32", new Fixed(ScalarKind.INT32, null, 0)),
            Map.entry("__u64", new Fixed(ScalarKind.UINT64, null, 0)),
            Map.entry("__s64", new Fixed(ScalarKind.INT64, null, 0)),
            Map.entry("__be16", new Fixed(ScalarKind.UINT16, BE, 0)),
            Map.entry("__be32", new Fixed(ScalarKind.UINT32, BE, 0)),
            Map.entry("__be64", new Fixed(ScalarKind.UINT64, BE, 0)),
            Map.entry("__le16", new Fixed(ScalarKind.UINT16, LE, 0)),
            Map.entry("__le32", new Fixed(ScalarKind.UINT32, LE, 0)),
            Map.entry("__le64", new Fixed(ScalarKind.UINT64, LE, 0)),
            Map.entry("__aligned_u64", new Fixed(ScalarKind.UINT64, null, 8)),
            Map.entry("__aligned_s64", new Fixed(ScalarKind.INT64, null, 8)),
            Map.entry("__aligned_be64", new Fixed(ScalarKind.UINT64, BE, 8)),
            Map.entry("__aligned_le64", new Fixed(ScalarKind.UINT64, LE, 8)));

    private static final Map<String, ScalarKind> BASES = Map.ofEntries(
            Map.entry("char", ScalarKind.CHAR),
            Map.entry("signed char", ScalarKind.INT8),
            Map.entry("unsigned char", ScalarKind.UINT8),
            Map.entry("short int", ScalarKind.INT16),
            Map.entry("short unsigned int", ScalarKind.UINT16),
            Map.entry("int", ScalarKind.INT32),
            Map.entry("unsigned int", ScalarKind.UINT32),
            Map.entry("long int", ScalarKind.LONG),
            Map.entry("long unsigned int", ScalarKind.ULONG),
            Map.entry("long long int", ScalarKind.INT64),
            Map.entry("long long unsigned int", ScalarKind.UINT64),
            Map.entry("_Bool", ScalarKind.BOOL),
            Map.entry("float", ScalarKind.FLOAT),
            Map.entry("double", ScalarKind.DOUBLE));

    private TypeMapper() {}

    /** What a C type maps to: a field, an embedded struct or union, or nothing. */
    sealed interface Mapped permits Scalar, Embedded, Unsupported {}

    /** A scalar, or an array of them. */
    record Scalar(Field field) implements Mapped {}

    /** A struct or union (or an array of them), which needs a record of its own. */
    record Embedded(long id, List<Integer> lengths) implements Mapped {}

    /** A type no record can carry, and why. */
    record Unsupported(String reason) implements Mapped {}

    /** What {@code type} maps to. */
    static Mapped map(CType type) {
        if (type instanceof CType.Typedef t) {
            Fixed fixed = TYPEDEFS.get(t.name());
            return fixed != null ? new Scalar(Field.scalar(fixed.kind(), fixed.order(), fixed.align()))
                    : map(t.target());
        }
        if (type instanceof CType.Base b) {
            ScalarKind kind = BASES.get(b.name());
            return kind != null ? new Scalar(Field.scalar(kind, null, 0))
                    : new Unsupported("type " + b.name() + " is not supported");
        }
        if (type instanceof CType.Pointer) {
            return new Scalar(Field.scalar(ScalarKind.POINTER, null, 0));
        }
        if (type instanceof CType.Enum e) {
            return enumKind(e);
        }
        if (type instanceof CType.Record r) {
            return new Embedded(r.id(), List.of());
        }
        if (type instanceof CType.Array a) {
            return array(a);
        }
        return new Unsupported(((CType.Unsupported) type).text() + " is not supported");
    }

    private static Mapped array(CType.Array a) {
        List<Integer> lengths = a.lengths().stream().map(n -> n < 0 ? 0 : n).toList();
        Mapped element = map(a.element());
        if (element instanceof Scalar s) {
            return new Scalar(s.field().withLengths(lengths));
        }
        if (element instanceof Embedded e) {
            List<Integer> all = new java.util.ArrayList<>(lengths);
            all.addAll(e.lengths());
            return new Embedded(e.id(), all);
        }
        return element;
    }

    private static Mapped enumKind(CType.Enum e) {
        ScalarKind kind = switch (e.size()) {
            case 1 -> e.signed() ? ScalarKind.INT8 : ScalarKind.UINT8;
            case 2 -> e.signed() ? ScalarKind.INT16 : ScalarKind.UINT16;
            case 4 -> e.signed() ? ScalarKind.INT32 : ScalarKind.UINT32;
            case 8 -> e.signed() ? ScalarKind.INT64 : ScalarKind.UINT64;
            default -> null;
        };
        return kind == null ? new Unsupported("an enum of " + e.size() + " bytes is not supported")
                : new Scalar(Field.scalar(kind, null, 0));
    }
}
