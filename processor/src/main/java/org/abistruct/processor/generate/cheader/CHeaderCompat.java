package org.abistruct.processor.generate.cheader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.CompatScalar;
import org.abistruct.processor.plan.PairPlan;
import org.abistruct.processor.plan.StructPlan;

/**
 * Renders the compat part of a struct's C header: for each compat pair whose layouts differ,
 * {@code struct compat_<name>}, which has the 32-bit layout whichever of the pair's two ABIs
 * compiles it, as a kernel compat handler uses it. Pointers and C longs become 32-bit integers,
 * and a scalar the 32-bit ABI aligns less gets a typedef aligned as there (the kernel's
 * {@code compat_u64}); embedded structs that differ too use their own compat struct. Asserts
 * pin it to the 32-bit layout, and the compat number of each ioctl is defined.
 */
final class CHeaderCompat {
    private static final String INDENT = "    ";

    private final PairPlan plan;
    private final CompatPair pair;
    private final Map<String, String> typedefs = new LinkedHashMap<>();

    private CHeaderCompat(PairPlan plan) {
        this.plan = plan;
        this.pair = plan.pair();
    }

    /** Appends the compat block of each pair of {@code plan} whose struct needs a compat type. */
    static void append(StringBuilder out, StructPlan plan) {
        for (PairPlan pair : plan.pairs()) {
            if (pair.needsCompatType(plan.decl().ref())) {
                new CHeaderCompat(pair).block(out, plan);
            }
        }
    }

    private void block(StringBuilder out, StructPlan struct) {
        StructDecl decl = struct.decl();
        StructLayout u = plan.diff().user();
        StructLayout k = plan.diff().kernel();
        String unspellable = unspellable(u);
        if (unspellable != null) {
            out.append("\n/* ").append(pair.cType(decl)).append(" (").append(pair)
                    .append(") is not declared: ").append(unspellable).append(" */\n");
            return;
        }
        List<IoctlNumber> numbers = struct.abi(pair.user()).ioctlNumbers();
        StringBuilder body = new StringBuilder();
        body.append(pair.cType(decl)).append(' ');
        body(body, u, k, 0);
        body.append(CStructWriter.typeAttributes(decl.packed(), decl.align())).append(";\n");
        out.append("\n#if (").append(CTarget.condition(pair.kernel())).append(") || (")
                .append(CTarget.condition(pair.user())).append(") /* compat: ").append(pair)
                .append(" */\n");
        for (Map.Entry<String, String> typedef : typedefs.entrySet()) {
            out.append("typedef ").append(typedef.getValue()).append(' ').append(typedef.getKey())
                    .append(";\n");
        }
        // The 32-bit layout may pack what the 64-bit ABI would align; GCC's -Wall flags it.
        out.append(CHeaderWriter.PACKED_PUSH).append(body).append(CHeaderWriter.PACKED_POP);
        String type = pair.cType(decl);
        assertEquals(out, "sizeof(" + type + ")", u.size(), type);
        assertEquals(out, "_Alignof(" + type + ")", u.alignment(), type);
        named(out, u, type);
        for (IoctlNumber number : numbers) {
            if (number.fits() && u.size() != k.size()) {
                out.append("#define ").append(pair.cPrefix().toUpperCase(Locale.ROOT))
                        .append(number.ioctl().name()).append(' ').append(number.cLiteral()).append('\n');
            }
        }
        out.append("#endif\n");
    }

    /**
     * Why the compat type of {@code u} cannot be written in C, or null: a bitfield of a type
     * the pair aligns differently, since GCC places a bitfield by its type's own alignment,
     * which no typedef lowers (the converters still convert it).
     */
    private String unspellable(StructLayout u) {
        for (FieldLayout field : u.fields()) {
            if (field.member().bitfield()) {
                ScalarKind kind = ((Scalar) field.member().type()).kind();
                CompatScalar facts = plan.scalar(kind);
                if (facts.userAlign() != facts.kernelAlign()) {
                    return "its bitfield " + field.member().javaName() + " of " + kind.cType()
                            + " is " + facts.userAlign() + "-aligned on " + pair.user() + " and "
                            + facts.kernelAlign() + "-aligned on " + pair.kernel()
                            + ", which no C type spells on both; its Java converter converts it.";
                }
            }
            if (field.nested().isPresent()) {
                String inner = unspellable(field.nested().get());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The body of the compat type of {@code u}, members typed to keep {@code u}'s layout. */
    private void body(StringBuilder out, StructLayout u, StructLayout k, int depth) {
        out.append("{\n");
        for (int i = 0; i < u.fields().size(); i++) {
            FieldLayout uf = u.fields().get(i);
            FieldLayout kf = k.fields().get(i);
            out.append(INDENT.repeat(depth + 1));
            if (uf.member().anonymous()) {
                StructLayout nested = uf.nested().orElseThrow();
                out.append(nested.decl().keyword()).append(' ');
                body(out, nested, kf.nested().orElseThrow(), depth + 1);
                out.append(CStructWriter.typeAttributes(nested.decl().packed(),
                        Math.max(nested.decl().align(), uf.member().align())));
            } else if (uf.nested().isPresent() && uf.nested().get().decl().tagless()) {
                StructLayout nested = uf.nested().get();
                out.append(nested.decl().keyword()).append(' ');
                body(out, nested, kf.nested().orElseThrow(), depth + 1);
                out.append(CStructWriter.typeAttributes(nested.decl().packed(),
                        nested.decl().align())).append(' ').append(CStructWriter.declarator(
                                uf.member().type(), uf.member().cName(), t -> "").trim());
                if (uf.member().align() > 0) {
                    out.append(" __attribute__((aligned(")
                            .append(uf.member().align()).append(")))");
                }
            } else {
                out.append(declaration(uf, kf, u.decl().lastNamedAlone()));
                if (uf.member().align() > 0) {
                    out.append(" __attribute__((aligned(")
                            .append(uf.member().align()).append(")))");
                }
            }
            out.append(";\n");
        }
        out.append(INDENT.repeat(depth)).append('}');
    }

    private String declaration(FieldLayout uf, FieldLayout kf, boolean alone) {
        Member member = uf.member();
        if (member.bitfield()) {
            return scalar(((Scalar) member.type()).kind()) + " "
                    + (member.named() ? member.cName() : "") + ":" + member.bits().width();
        }
        return CStructWriter.declarator(uf.member().type(), uf.member().cName(), leaf -> {
            if (leaf instanceof Scalar s) {
                return scalar(s.kind());
            }
            StructLayout nu = uf.nested().orElseThrow();
            StructLayout nk = kf.nested().orElseThrow();
            return plan.needsCompatType(nu.decl().ref()) ? pair.cType(nu.decl())
                    : nu.decl().cType();
        }, alone);
    }

    /** The C type that has the 32-bit ABI's size and alignment on both ABIs of the pair. */
    private String scalar(ScalarKind kind) {
        CompatScalar facts = plan.scalar(kind);
        if (kind.abiSized() && facts.userSize() == 4) {
            return kind.signed() ? "int32_t" : "uint32_t";
        }
        if (facts.userAlign() == facts.kernelAlign()) {
            return kind.cType();
        }
        String name = "abistruct_compat_" + shortName(kind) + (facts.userAlign() == 4
                && facts.userSize() == 8 ? "" : "_a" + facts.userAlign());
        typedefs.put(name, kind.cType() + " __attribute__((aligned(" + facts.userAlign()
                + ")))");
        return name;
    }

    private static String shortName(ScalarKind kind) {
        switch (kind) {
            case UINT64: return "u64";
            case INT64: return "s64";
            default: return kind.cType().replace("_t", "").replace(' ', '_');
        }
    }

    private static void named(StringBuilder out, StructLayout layout, String type) {
        for (CHeaderAsserts.Named member : CHeaderAsserts.named(layout)) {
            String name = member.path();
            assertEquals(out, "__builtin_offsetof(" + type + ", " + name + ")", member.offset(),
                    type);
            if (!member.field().flexible()) {
                assertEquals(out, "sizeof(((" + type + " *)0)->" + name + ")",
                        member.field().size(), type);
            }
        }
    }

    private static void assertEquals(StringBuilder out, String expression, long expected,
                                     String type) {
        out.append("_Static_assert(").append(expression).append(" == ").append(expected)
                .append(", \"").append(type).append(": ").append(expression.replace("\"", ""))
                .append(" must be ").append(expected).append("\");\n");
    }
}
