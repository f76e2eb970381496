package org.abistruct.processor.generate.cheader;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.AbiPlan;
import org.abistruct.processor.plan.StructPlan;

/**
 * Renders the assert section of a struct's C header: one {@code #if}/{@code #elif} branch per
 * group of ABIs whose numbers are the same, selected by the compiler's predefined macros, with {@code _Static_assert}s of the size,
 * the alignment, every member's offset and size and every ioctl number; an {@code #error} for
 * any other target. {@code __builtin_offsetof} needs no header, so the section works in
 * assert-only mode too.
 */
final class CHeaderAsserts {
    private final String type;
    private final StringBuilder out;

    private CHeaderAsserts(StructDecl decl, StringBuilder out) {
        this.type = decl.cType();
        this.out = out;
    }

    /**
     * Appends the section for the layouts and ioctl numbers of {@code plan}: one branch for the
     * ABIs whose asserts are the same, its condition any of theirs.
     */
    static void append(StringBuilder out, StructPlan plan) {
        // The asserts of each ABI with "@" for the ABIs named in their messages.
        Map<String, List<Abi>> branches = new LinkedHashMap<>();
        List<Abi> abis = new ArrayList<>();
        for (AbiPlan abi : plan.abis()) {
            StringBuilder asserts = new StringBuilder();
            new CHeaderAsserts(plan.decl(), asserts).layout(abi.layout());
            for (IoctlNumber number : abi.ioctlNumbers()) {
                ioctl(asserts, number, plan.decl().cType(), "@");
            }
            branches.computeIfAbsent(asserts.toString(), k -> new ArrayList<>()).add(abi.abi());
            abis.add(abi.abi());
        }
        String directive = "#if ";
        for (Map.Entry<String, List<Abi>> branch : branches.entrySet()) {
            List<String> conditions = new ArrayList<>();
            for (Abi abi : branch.getValue()) {
                conditions.add(branch.getValue().size() == 1 ? CTarget.condition(abi)
                        : "(" + CTarget.condition(abi) + ")");
            }
            String named = CHeaderWriter.abiList(branch.getValue());
            out.append(directive).append(String.join(" \\\n    || ", conditions))
                    .append(" /* ").append(named).append(" */\n")
                    .append(branch.getKey().replace(" on @: ", " on " + named + ": "));
            directive = "#elif ";
        }
        String type = plan.decl().cType();
        String declared = type + " is declared for " + CHeaderWriter.abiList(abis)
                + " only";
        Set<Abi> others = EnumSet.allOf(Abi.class);
        others.removeAll(abis);
        for (Abi abi : others) {
            out.append("#elif ").append(CTarget.condition(abi)).append('\n');
            out.append("#error \"abistruct: ").append(declared).append(", not for ").append(abi)
                    .append("\"\n");
        }
        out.append("#else\n");
        out.append("#error \"abistruct: ").append(declared)
                .append("; this compiler targets none of them\"\n");
        out.append("#endif\n");
    }

    private void layout(StructLayout layout) {
        check("sizeof(" + type + ")", layout.size(), "sizeof");
        check("_Alignof(" + type + ")", layout.alignment(), "_Alignof");
        for (Named member : named(layout)) {
            String name = member.path;
            check("__builtin_offsetof(" + type + ", " + name + ")", member.offset,
                    "offsetof " + name);
            if (!member.field.flexible()) {
                check("sizeof(((" + type + " *)0)->" + name + ")", member.field.size(),
                        "sizeof " + name);
            }
        }
    }

    /**
     * Appends the assert of {@code number}'s macro, under {@code #ifdef} of its name, for a
     * command whose argument has the C type {@code argument} (unused for {@code _IO}).
     */
    static void ioctl(StringBuilder out, IoctlNumber number, String argument) {
        ioctl(out, number, argument, number.abi().name());
    }

    /** {@link #ioctl(StringBuilder, IoctlNumber, String)}, its message naming {@code abis}. */
    private static void ioctl(StringBuilder out, IoctlNumber number, String argument,
                              String abis) {
        if (!number.fits()) {
            throw new IllegalArgumentException(number.problem());
        }
        IoctlDecl ioctl = number.ioctl();
        String literal = number.cLiteral();
        out.append("#ifdef ").append(ioctl.name()).append('\n');
        out.append("_Static_assert((unsigned int)(").append(ioctl.name()).append(") == ")
                .append(literal).append(", \"").append(ioctl.name()).append(" on ").append(abis)
                .append(": ").append(number.legacy() ? "its legacy number"
                        : ioctl.macroCall(argument))
                .append(" must be ").append(literal, 0, literal.length() - 1).append("\");\n");
        out.append("#endif\n");
    }

    private void check(String expression, long expected, String what) {
        out.append("_Static_assert(").append(expression).append(" == ").append(expected)
                .append(", \"").append(type).append(" on @: ").append(what)
                .append(" must be ").append(expected).append("\");\n");
    }

    /**
     * A named member, reached through any anonymous members, with its offset in the struct and
     * its path from it: {@code io.port} inside a member of tagless type.
     */
    record Named(FieldLayout field, long offset, String path) {}

    /**
     * The named members of {@code layout}, those of anonymous members in place; not bitfields,
     * which {@code offsetof} and {@code sizeof} cannot take.
     */
    static List<Named> named(StructLayout layout) {
        return named(layout, 0, new ArrayList<>());
    }

    private static List<Named> named(StructLayout layout, long base, List<Named> out) {
        return named(layout, base, "", out);
    }

    private static List<Named> named(StructLayout layout, long base, String prefix,
                                     List<Named> out) {
        for (FieldLayout field : layout.fields()) {
            long offset = base + field.offset();
            if (field.member().anonymous()) {
                named(field.nested().orElseThrow(), offset, prefix, out);
            } else if (!field.member().bitfield()) {
                String path = prefix + field.member().cName();
                out.add(new Named(field, offset, path));
                if (field.nested().isPresent() && field.nested().get().decl().tagless()) {
                    named(field.nested().get(), offset, path + "[0]".repeat(
                            dimensions(field.member().type())) + ".", out);
                }
            }
        }
        return out;
    }

    private static int dimensions(CType type) {
        int n = 0;
        for (CType t = type; t instanceof ArrayType a; t = a.element()) {
            n++;
        }
        return n;
    }
}
