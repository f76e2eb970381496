package org.abistruct.processor.layout;

import java.lang.reflect.Array;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * A record value as a C initializer of its struct: members in order in braces, unnamed
 * bitfields skipped and a union by its first named member as C does, integers by their bits in
 * hexadecimal, floating point values in exact hexadecimal notation. A member in a byte order of
 * its own goes through {@link #BYTE_ORDER}'s macros, as the kernel's {@code cpu_to_be16} does.
 */
final class CInitializer {
    /** {@code BE16(x)} to {@code LE64(x)}: {@code x} stored in that byte order on any target. */
    static final String BYTE_ORDER = macros();

    private static String macros() {
        StringBuilder out = new StringBuilder("#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__\n");
        for (String swapped : new String[] {"LE", "BE"}) {
            for (int bits : new int[] {16, 32, 64}) {
                out.append("#define ").append(swapped).append(bits)
                        .append("(x) __builtin_bswap").append(bits).append("(x)\n");
                out.append("#define ").append(swapped.equals("LE") ? "BE" : "LE").append(bits)
                        .append("(x) (x)\n");
            }
            out.append(swapped.equals("LE") ? "#else\n" : "#endif\n");
        }
        return out.toString();
    }

    private final Function<StructRef, StructDecl> lookup;

    CInitializer(Function<StructRef, StructDecl> lookup) {
        this.lookup = lookup;
    }

    /** The initializer of {@code value}, a record of {@code decl}. */
    String of(StructDecl decl, Object value) {
        List<String> parts = new ArrayList<>();
        int first = decl.firstNamed();
        for (int i = 0; i < decl.members().size(); i++) {
            Member m = decl.members().get(i);
            if (!m.named() || decl.union() && i != first) {
                continue;
            }
            Object component = Loaded.component(value, m.javaName());
            parts.add(m.bitfield() ? bits(m, component) : of(m.type(), component, m.order()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private String of(CType type, Object value, ByteOrder order) {
        if (type instanceof StructRef ref) {
            return of(lookup.apply(ref), value);
        }
        if (type instanceof ArrayType a) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                parts.add(of(a.element(), Array.get(value, i), order));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        ScalarKind kind = ((Scalar) type).kind();
        if (order == null) {
            return scalar(kind, value);
        }
        return (order == ByteOrder.BIG_ENDIAN ? "BE" : "LE") + 8 * kind.fixedSize() + "("
                + scalar(kind, value) + ")";
    }

    private static String bits(Member m, Object value) {
        long bits = ((Number) value).longValue();
        int width = m.bits().width();
        long masked = width == 64 ? bits : bits & ((1L << width) - 1);
        return "0x" + Long.toHexString(masked) + "ULL";
    }

    private static String scalar(ScalarKind kind, Object value) {
        switch (kind) {
            case FLOAT:
                return Float.toHexString((Float) value) + "f";
            case DOUBLE:
                return Double.toHexString((Double) value);
            case BOOL:
                return (Boolean) value ? "1" : "0";
            case CHAR16:
                return Integer.toString((Character) value);
            case POINTER:
                return "(void *)0x" + Long.toHexString((Long) value) + "UL";
            case LONG:
                return value + "L";
            case ULONG:
                return "0x" + Long.toHexString((Long) value) + "UL";
            default:
                long bits = ((Number) value).longValue();
                int size = kind.fixedSize();
                long masked = size == 8 ? bits : bits & ((1L << (8 * size)) - 1);
                return "(" + kind.cType() + ")0x" + Long.toHexString(masked) + "ULL";
        }
    }
}
