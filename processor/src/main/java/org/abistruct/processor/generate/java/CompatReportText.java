package org.abistruct.processor.generate.java;

import org.abistruct.Abi;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.PairPlan;
import org.abistruct.processor.plan.CompatDirection;
import org.abistruct.processor.plan.StructPlan;

/**
 * The compat section of a struct's report, as {@code compatReport()} returns it: one line per
 * compat pair the struct selects, saying whether the layouts are identical or what differs and
 * which generated code converts them. A generated struct whose pair differs is one declared
 * {@code compat = GENERATE}, since any other stops at an error.
 */
final class CompatReportText {
    private CompatReportText() {}

    /**
     * The converter method of a pair's direction {@code index}: its own, or the earlier one
     * whose conversion is the same code.
     */
    private static String method(PairPlan pair, int index, Abi from, Abi to) {
        if (pair.directions().size() > index) {
            CompatDirection d = pair.directions().get(index);
            return Names.compatMethod(d.viaFrom(), d.viaTo());
        }
        return Names.compatMethod(from, to);
    }

    /** The text for {@code plan}, lines ended by {@code \n}. */
    static String of(StructPlan plan) {
        StructDecl decl = plan.decl();
        StringBuilder out = new StringBuilder(decl.keyword()).append(' ').append(decl.cName())
                .append(": 32/64-bit compat\n");
        if (plan.pairs().isEmpty()) {
            return out.append("    no compat pair: it does not select both ABIs of any\n").toString();
        }
        for (PairPlan pairPlan : plan.pairs()) {
            CompatPair pair = pairPlan.pair();
            CompatDiff diff = pairPlan.diff();
            out.append("    ").append(pair).append(": ");
            if (!diff.differs()) {
                out.append(diff.alignmentOnly() ? "same bytes, alignment " + diff.user().alignment()
                        + " vs " + diff.kernel().alignment() : "identical").append('\n');
                continue;
            }
            out.append("differs, size ").append(diff.user().size()).append(" vs ")
                    .append(diff.kernel().size());
            if (!diff.members().isEmpty()) {
                out.append(", ").append(diff.members().size()).append(" member(s) placed differently"
                        + " (first ").append(diff.members().get(0).path()).append(')');
            }
            for (Padding p : diff.onlyIn(diff.kernel())) {
                out.append(", ").append(p.size()).append(p.tail() ? " bytes of tail padding"
                        : "-byte hole").append(" at ").append(p.offset()).append(" on ")
                        .append(pair.kernel()).append(" only");
            }
            out.append("; converted by ").append(Names.compatType(decl.ref()).simpleName())
                    .append('.').append(method(pairPlan, 0, pair.user(), pair.kernel()))
                    .append('/').append(method(pairPlan, 1, pair.kernel(), pair.user()))
                    .append(", C ").append(decl.keyword()).append(' ').append(pair.cPrefix())
                    .append(decl.cName()).append('\n');
        }
        return out.toString();
    }
}
