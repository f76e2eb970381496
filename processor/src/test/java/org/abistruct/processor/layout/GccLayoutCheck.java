package org.abistruct.processor.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.generate.cheader.CStructWriter;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.testing.CProbe;

/**
 * Compares the engine with GCC: every struct's {@code sizeof} and {@code _Alignof}, and every
 * member's {@code offsetof}, {@code sizeof} and {@code __alignof__} (members of anonymous members
 * included), all structs in one C file compiled once per ABI.
 */
final class GccLayoutCheck {
    /** One number on which the engine and GCC disagree. */
    record Mismatch(StructDecl decl, Abi abi, String what, long engine, long gcc) {}

    /** The outcome of a check. */
    record Result(int comparisons, List<Mismatch> mismatches, Map<Abi, Map<String, Long>> gcc) {}

    /** A member reached from a struct, with its offset from the struct's start. */
    private record Reached(String name, long offset, FieldLayout field) {}

    private GccLayoutCheck() {}

    /** One compared number: its name, its C expression and the engine's value. */
    private record Number(String what, String expression, long engine) {}

    static Result check(List<StructDecl> decls, Function<StructRef, StructDecl> lookup,
                        Collection<Abi> abis) {
        LayoutEngine engine = new LayoutEngine(lookup);
        CProbe probe = new CProbe(CStructWriter.INCLUDES + "#include <stddef.h>\n\n"
                + CStructWriter.definitions(decls, lookup));
        Abi first = abis.iterator().next();
        // A tagless type has no name in C: it is checked through the members of its type.
        decls = decls.stream().filter(d -> !d.tagless()).toList();
        for (StructDecl decl : decls) {
            for (Number n : numbers(engine.layout(decl, first))) {
                probe.add(decl.cName() + " " + n.what, n.expression);
            }
        }
        Map<Abi, Map<String, Long>> gcc = probe.runAll(abis);
        List<Mismatch> mismatches = new ArrayList<>();
        int comparisons = 0;
        for (Abi abi : abis) {
            for (StructDecl decl : decls) {
                for (Number n : numbers(engine.layout(decl, abi))) {
                    long expected = gcc.get(abi).get(decl.cName() + " " + n.what);
                    comparisons++;
                    if (expected != n.engine) {
                        mismatches.add(new Mismatch(decl, abi, n.what, n.engine, expected));
                    }
                }
            }
        }
        return new Result(comparisons, mismatches, gcc);
    }

    private static List<Number> numbers(StructLayout layout) {
        StructDecl decl = layout.decl();
        String type = decl.keyword() + " " + decl.cName();
        List<Number> out = new ArrayList<>();
        out.add(new Number("sizeof", "sizeof(" + type + ")", layout.size()));
        out.add(new Number("_Alignof", "_Alignof(" + type + ")", layout.alignment()));
        for (Reached r : reached(layout)) {
            String access = "((" + type + " *)0)->" + r.name;
            out.add(new Number(r.name + " offsetof", "offsetof(" + type + ", " + r.name + ")",
                    r.offset));
            out.add(new Number(r.name + " __alignof__", "__alignof__(" + access + ")",
                    r.field.alignment()));
            if (!flexible(r.field)) {
                out.add(new Number(r.name + " sizeof", "sizeof(" + access + ")", r.field.size()));
            }
        }
        return out;
    }

    /** The named members of a layout, those inside anonymous members flattened into it. */
    static List<Reached> reached(StructLayout layout) {
        List<Reached> out = new ArrayList<>();
        reach(layout, 0, out);
        return out;
    }

    private static void reach(StructLayout layout, long base, List<Reached> out) {
        reach(layout, base, "", out);
    }

    /** As above, names prefixed with the path of the tagless member they are reached through. */
    private static void reach(StructLayout layout, long base, String prefix, List<Reached> out) {
        for (FieldLayout field : layout.fields()) {
            if (field.member().anonymous()) {
                reach(field.nested().orElseThrow(), base + field.offset(), prefix, out);
            } else if (!field.member().bitfield()) {
                // offsetof cannot take a bitfield: the value test places those.
                String name = prefix + field.member().cName();
                out.add(new Reached(name, base + field.offset(), field));
                if (field.nested().isPresent() && field.nested().get().decl().tagless()) {
                    int dims = 0;
                    for (CType t = field.member().type(); t instanceof ArrayType a;
                            t = a.element()) {
                        dims++;
                    }
                    reach(field.nested().get(), base + field.offset(),
                            name + "[0]".repeat(dims) + ".", out);
                }
            }
        }
    }

    private static boolean flexible(FieldLayout field) {
        return field.member().type() instanceof ArrayType a && a.length() == 0;
    }

    /** The mismatches as text: each struct's C definition, then the numbers that differ. */
    static String describe(List<Mismatch> mismatches, Function<StructRef, StructDecl> lookup,
                           int maxStructs) {
        StringBuilder out = new StringBuilder();
        List<StructDecl> shown = new ArrayList<>();
        for (Mismatch m : mismatches) {
            if (!shown.contains(m.decl())) {
                if (shown.size() == maxStructs) {
                    out.append("... and more\n");
                    break;
                }
                shown.add(m.decl());
                out.append("\n").append(CStructWriter.definitions(List.of(m.decl()), lookup));
                for (Mismatch same : mismatches) {
                    if (same.decl() == m.decl()) {
                        out.append(String.format("  %-8s %-24s engine %6d  gcc %6d%n",
                                same.abi(), same.what(), same.engine(), same.gcc()));
                    }
                }
            }
        }
        return out.toString();
    }
}
