package org.abistruct.processor.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * Finds the changes that make a struct's layouts identical within every compat pair it selects:
 * explicit padding members where one ABI pads implicitly, {@code @Align} on the members the
 * 32-bit ABI aligns less (the kernel's {@code __aligned_u64}), a reorder by falling alignment,
 * and 64-bit integers in place of pointers and C longs, alone or combined with the others.
 * Every candidate is laid out on both ABIs of each pair and kept only if no pair differs.
 */
public final class CompatFixes {
    private final StructDecl original;
    private final List<CompatPair> pairs;
    private final Function<StructRef, StructDecl> lookup;

    private CompatFixes(StructDecl original, Function<StructRef, StructDecl> lookup) {
        this.original = original;
        this.pairs = CompatPair.within(original.abis());
        this.lookup = lookup;
    }

    /** The checked fixes of {@code decl}, resolving embedded structs through {@code lookup}. */
    public static List<CompatFix> find(StructDecl decl, Function<StructRef, StructDecl> lookup) {
        return new CompatFixes(decl, lookup).find();
    }

    /** Whether {@code decl}'s layouts differ in any compat pair it selects. */
    public static boolean differs(StructDecl decl, Function<StructRef, StructDecl> lookup) {
        return !new CompatFixes(decl, lookup).identical(decl);
    }

    private List<CompatFix> find() {
        Map<List<String>, CompatFix> fixes = new LinkedHashMap<>();
        List<CompatFix> candidates = new ArrayList<>(simple(original, List.of()));
        CompatFix fixedWidth = fixedWidth(original);
        if (fixedWidth != null) {
            candidates.add(fixedWidth);
            candidates.addAll(simple(fixedWidth.fixed(), fixedWidth.edits()));
        }
        for (CompatFix candidate : candidates) {
            if (identical(candidate.fixed())) {
                fixes.putIfAbsent(candidate.edits(), candidate);
            }
        }
        return new ArrayList<>(fixes.values());
    }

    /** Padding, alignment and reorder candidates for {@code decl}, after {@code before}. */
    private List<CompatFix> simple(StructDecl decl, List<String> before) {
        LayoutEngine engine = engineFor(decl);
        List<CompatFix> out = new ArrayList<>();
        List<Padding> all = new ArrayList<>();
        for (CompatPair pair : pairs) {
            CompatDiff diff = CompatDiff.of(pair, engine.layout(decl, pair.user()),
                    engine.layout(decl, pair.kernel()));
            if (!diff.differs()) {
                continue;
            }
            for (Padding p : diff.onlyIn(diff.kernel())) {
                out.add(padded(decl, List.of(p), before));
                if (!all.contains(p)) {
                    all.add(p);
                }
            }
            for (Padding p : diff.onlyIn(diff.user())) {
                out.add(padded(decl, List.of(p), before));
            }
        }
        if (all.size() > 1) {
            out.add(padded(decl, all, before));
        }
        CompatFix aligned = aligned(decl, engine, before);
        if (aligned != null) {
            out.add(aligned);
        }
        CompatFix reordered = reordered(decl, engine, before);
        if (reordered != null) {
            out.add(reordered);
        }
        out.removeIf(f -> f == null);
        return out;
    }

    /** Explicit padding members in place of {@code paddings} (offset order, one ABI's). */
    private CompatFix padded(StructDecl decl, List<Padding> paddings, List<String> before) {
        List<Member> members = new ArrayList<>(decl.members());
        List<String> edits = new ArrayList<>(before);
        Set<String> taken = names(decl);
        List<Padding> sorted = new ArrayList<>(paddings);
        sorted.sort(Comparator.comparingLong(Padding::offset).reversed());
        List<String> inserts = new ArrayList<>();
        for (Padding p : sorted) {
            int after = decl.union() ? members.size() - 1 : indexOf(members, p.after());
            if (after < 0) {
                return null;
            }
            String name = freeName(taken);
            Member pad = new Member(name, name, padType(decl.union() ? p.offset() + p.size()
                    : p.size()), 0, false);
            members.add(after + 1, pad);
            inserts.add(0, "insert component `" + JavaSpelling.of(pad) + "` after `"
                    + members.get(after).javaName() + "`");
        }
        edits.addAll(inserts);
        return new CompatFix(edits, "explicit padding", with(decl, members));
    }

    /** {@code @Align} raising each member the 32-bit ABI aligns less to the kernel's alignment. */
    private CompatFix aligned(StructDecl decl, LayoutEngine engine, List<String> before) {
        if (decl.packed()) {
            return null;
        }
        int[] raised = new int[decl.members().size()];
        for (CompatPair pair : pairs) {
            StructLayout user = engine.layout(decl, pair.user());
            StructLayout kernel = engine.layout(decl, pair.kernel());
            for (int i = 0; i < raised.length; i++) {
                int k = kernel.fields().get(i).alignment();
                if (user.fields().get(i).alignment() < k) {
                    raised[i] = Math.max(raised[i], k);
                }
            }
        }
        List<Member> members = new ArrayList<>(decl.members());
        List<String> edits = new ArrayList<>(before);
        for (int i = 0; i < raised.length; i++) {
            if (raised[i] > 0) {
                Member m = members.get(i);
                members.set(i, new Member(m.javaName(), m.cName(), m.type(),
                        Math.max(m.align(), raised[i]), m.anonymous()));
                edits.add((m.align() > 0 ? "set " : "add ") + "`@Align(" + raised[i]
                        + ")` to component `" + m.javaName() + "`");
            }
        }
        return edits.size() == before.size() ? null
                : new CompatFix(edits, "aligned like the kernel's __aligned_u64",
                        with(decl, members));
    }

    /** The members sorted by falling alignment on the first pair's kernel ABI, if that moves any. */
    private CompatFix reordered(StructDecl decl, LayoutEngine engine, List<String> before) {
        if (decl.union() || decl.packed() || pairs.isEmpty() || hasFlexibleArray(decl)) {
            return null;
        }
        StructLayout kernel = engine.layout(decl, pairs.get(0).kernel());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < decl.members().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -kernel.fields().get(i).alignment()));
        List<Member> members = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i : order) {
            members.add(decl.members().get(i));
            names.add(decl.members().get(i).javaName());
        }
        if (members.equals(decl.members())) {
            return null;
        }
        List<String> edits = new ArrayList<>(before);
        edits.add("reorder the components as `" + String.join(", ", names) + "`");
        return new CompatFix(edits, "largest alignment first", with(decl, members));
    }

    /** 64-bit integers in place of top-level pointers and C longs, or null if there are none. */
    private CompatFix fixedWidth(StructDecl decl) {
        List<Member> members = new ArrayList<>(decl.members());
        List<String> edits = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            CType type = m.type();
            CType leaf = type instanceof ArrayType a ? a.leaf() : type;
            if (!(leaf instanceof Scalar s) || !s.kind().abiSized()) {
                continue;
            }
            ScalarKind wide = s.kind() == ScalarKind.LONG ? ScalarKind.INT64 : ScalarKind.UINT64;
            members.set(i, new Member(m.javaName(), m.cName(), replaceLeaf(type, wide), m.align(),
                    m.anonymous()));
            edits.add(s.kind() == ScalarKind.POINTER
                    ? "replace `@Pointer` with `@Unsigned` on component `" + m.javaName() + "`"
                    : "remove `@CLong` from component `" + m.javaName() + "`");
        }
        return edits.isEmpty() ? null
                : new CompatFix(edits, "a 64-bit integer carries it, as the kernel's uapi does",
                        with(decl, members));
    }

    private boolean identical(StructDecl decl) {
        LayoutEngine engine = engineFor(decl);
        for (CompatPair pair : pairs) {
            if (CompatDiff.of(pair, engine.layout(decl, pair.user()),
                    engine.layout(decl, pair.kernel())).differs()) {
                return false;
            }
        }
        return true;
    }

    private LayoutEngine engineFor(StructDecl decl) {
        return new LayoutEngine(ref -> ref.equals(decl.ref()) ? decl : lookup.apply(ref));
    }

    private static CType replaceLeaf(CType type, ScalarKind kind) {
        if (type instanceof ArrayType a) {
            return new ArrayType(replaceLeaf(a.element(), kind), a.length());
        }
        return new Scalar(kind);
    }

    /** The widest unsigned integer, or array of them, that fills {@code size} bytes exactly. */
    private static CType padType(long size) {
        if (size == 1 || size == 2 || size == 4) {
            return new Scalar(size == 1 ? ScalarKind.UINT8
                    : size == 2 ? ScalarKind.UINT16 : ScalarKind.UINT32);
        }
        if (size % 4 == 0) {
            return new ArrayType(new Scalar(ScalarKind.UINT32), (int) (size / 4));
        }
        return new ArrayType(new Scalar(ScalarKind.UINT8), (int) size);
    }

    private static StructDecl with(StructDecl decl, List<Member> members) {
        return new StructDecl(decl.ref(), decl.cName(), decl.union(), decl.packed(), decl.align(),
                decl.abis(), members, decl.expectedSizes(), decl.tagless());
    }

    private static int indexOf(List<Member> members, String cName) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).cName().equals(cName)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> names(StructDecl decl) {
        Set<String> names = new HashSet<>();
        for (Member m : decl.members()) {
            names.add(m.javaName());
            names.add(m.cName());
        }
        return names;
    }

    private static String freeName(Set<String> taken) {
        String name = "pad";
        for (int n = 2; taken.contains(name); n++) {
            name = "pad" + n;
        }
        taken.add(name);
        return name;
    }

    private static boolean hasFlexibleArray(StructDecl decl) {
        List<Member> members = decl.members();
        return !members.isEmpty()
                && members.get(members.size() - 1).type() instanceof ArrayType a && a.length() == 0;
    }
}
