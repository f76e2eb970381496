package org.abistruct.processor.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.Diagnostic.Kind;
import org.abistruct.Abi;
import org.abistruct.ImplicitPadding;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.PairPlan;
import org.abistruct.processor.plan.StructPlan;
import org.abistruct.processor.read.Declaration;
import org.abistruct.processor.read.PolicySite;

/**
 * Checks a laid-out struct against its policies. Implicit padding is a warning, an error or
 * nothing, as its padding policy says. Within each compat pair it selects, a layout that
 * differs is an error under IDENTICAL, explained and followed by the fixes the layout engine
 * confirmed, with a separate error on each pointer or C long; under GENERATE it is a note that
 * the compat variant is generated. A difference in alignment alone is a note.
 */
public final class CompatChecks {
    private CompatChecks() {}

    /** The diagnostics of {@code d} under its policies, planned as {@code plan}. */
    static Report check(Declaration d, StructPlan plan) {
        PolicySite site = d.policy();
        Report.Builder report = Report.builder();
        padding(d.decl(), site, plan.layouts(), report);
        List<CompatDiff> differing = new ArrayList<>();
        List<String> alignmentOnly = new ArrayList<>();
        for (PairPlan pairPlan : plan.pairs()) {
            CompatDiff diff = pairPlan.diff();
            CompatPair pair = pairPlan.pair();
            if (diff.differs()) {
                differing.add(diff);
            } else if (diff.alignmentOnly()) {
                alignmentOnly.add(pair + " (" + diff.user().alignment() + " on " + pair.user()
                        + ", " + diff.kernel().alignment() + " on " + pair.kernel() + ")");
            }
        }
        StructDecl decl = d.decl();
        if (!alignmentOnly.isEmpty()) {
            report.add(Message.COMPAT_ALIGNMENT_ONLY, site.annotation(), decl.keyword(),
                    decl.cName(), pairsOf(alignmentOnly), String.join(", ", alignmentOnly));
        }
        if (differing.isEmpty()) {
            return report.build();
        }
        StringBuilder why = new StringBuilder();
        for (CompatDiff diff : differing) {
            why.append("  ").append(CompatExplainer.explain(diff, plan)).append('\n');
        }
        if (site.policy().generates()) {
            report.add(Message.COMPAT_GENERATED, site.compat(), decl.keyword(), decl.cName(), why,
                    String.join("_", decl.ref().simpleNames()) + "Compat",
                    cStructs(decl, differing));
            return report.build();
        }
        abiSized(d, differing, report);
        StringBuilder fixes = new StringBuilder();
        for (CompatFix fix : CompatFixes.find(decl, plan.lookup())) {
            fixes.append("  - ").append(fix.text()).append('\n');
        }
        fixes.append("  - set `compat = Compat.GENERATE` on the annotation (keep the layouts and"
                + " generate the compat variant)");
        int moved = firstMoved(differing);
        report.add(Message.COMPAT_LAYOUT_DIFFERS,
                moved < 0 ? site.compat() : d.members().get(moved).component(),
                decl.keyword(), decl.cName(), why, decl.keyword(), fixes);
        return report.build();
    }

    /** One warning or error listing the implicit padding of each group of ABIs. */
    private static void padding(StructDecl decl, PolicySite site, List<StructLayout> layouts,
                                Report.Builder report) {
        ImplicitPadding policy = site.policy().implicitPadding();
        if (policy == ImplicitPadding.IGNORE) {
            return;
        }
        Map<List<Padding>, List<Abi>> groups = new LinkedHashMap<>();
        for (StructLayout layout : layouts) {
            if (!layout.paddings().isEmpty()) {
                groups.computeIfAbsent(layout.paddings(), k -> new ArrayList<>()).add(layout.abi());
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<List<Padding>, List<Abi>> group : groups.entrySet()) {
            List<String> ranges = new ArrayList<>();
            group.getKey().forEach(p -> ranges.add(CompatExplainer.describe(p)));
            lines.append("  on ").append(abiNames(group.getValue())).append(": ")
                    .append(String.join(", ", ranges)).append('\n');
        }
        Kind kind = policy == ImplicitPadding.ERROR ? Kind.ERROR : Kind.WARNING;
        report.add(kind, Message.IMPLICIT_PADDING, site.implicitPadding(), decl.keyword(),
                decl.cName(), lines);
    }

    /** An error on each top-level pointer or C long whose size differs in a differing pair. */
    private static void abiSized(Declaration d, List<CompatDiff> differing, Report.Builder report) {
        StructDecl decl = d.decl();
        for (int i = 0; i < decl.members().size(); i++) {
            Member m = decl.members().get(i);
            CType leaf = m.type() instanceof ArrayType a ? a.leaf() : m.type();
            if (!(leaf instanceof Scalar s) || !s.kind().abiSized()) {
                continue;
            }
            Map<Long, Set<Abi>> sizes = new TreeMap<>();
            for (CompatDiff diff : differing) {
                if (AbiDifferences.sizeDiffers(diff.pair(), s.kind())) {
                    sizes.computeIfAbsent(size(diff.user(), i), k -> EnumSet.noneOf(Abi.class))
                            .add(diff.pair().user());
                    sizes.computeIfAbsent(size(diff.kernel(), i), k -> EnumSet.noneOf(Abi.class))
                            .add(diff.pair().kernel());
                }
            }
            if (sizes.isEmpty()) {
                continue;
            }
            List<String> bySize = new ArrayList<>();
            sizes.forEach((bytes, abis) -> bySize.add(bytes + " bytes on "
                    + abiNames(new ArrayList<>(abis))));
            String what = s.kind() == ScalarKind.POINTER
                    ? "a pointer (void *)" : "a C " + s.kind().cType();
            String fix = s.kind() == ScalarKind.POINTER
                    ? "replace @Pointer with @Unsigned (a __u64 carrying the address)"
                    : "remove @CLong (a " + (s.kind().signed() ? "__s64" : "__u64") + ")";
            report.add(Message.COMPAT_ABI_SIZED, d.members().get(i).component(), m.javaName(),
                    what, String.join(" but ", bySize), decl.keyword(),
                    decl.cName(), fix);
        }
    }

    private static long size(StructLayout layout, int member) {
        return layout.fields().get(member).size();
    }

    private static int firstMoved(List<CompatDiff> diffs) {
        int first = -1;
        for (CompatDiff diff : diffs) {
            int moved = diff.firstMovedMember();
            if (moved >= 0 && (first < 0 || moved < first)) {
                first = moved;
            }
        }
        return first;
    }

    private static String cStructs(StructDecl decl, List<CompatDiff> diffs) {
        List<String> names = new ArrayList<>();
        for (CompatDiff diff : diffs) {
            String name = "struct " + diff.pair().cPrefix() + decl.cName() + " (" + diff.pair() + ")";
            names.add(decl.union() ? name.replaceFirst("^struct", "union") : name);
        }
        return String.join(", ", names);
    }

    private static String pairsOf(List<String> described) {
        return described.size() == 1 ? "its compat pair" : "its compat pairs";
    }

    private static String abiNames(List<Abi> abis) {
        List<String> names = new ArrayList<>();
        abis.forEach(a -> names.add(a.name()));
        return String.join(", ", names);
    }
}
