package org.abistruct.processor.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructDecl;

/**
 * The compat section of a struct's report, as {@code compatReport()} returns it: one line per
 * compat pair the struct selects, saying whether the layouts are identical or what differs and
 * which generated code converts them. A generated struct whose pair differs is one declared
 * {@code compat = GENERATE}, since any other stops at an error.
 */
final class CompatReportText {
    private CompatReportText() {}

    /** The text for {@code layouts} (one per selected ABI), lines ended by {@code \n}. */
    static String of(StructDecl decl, List<StructLayout> layouts) {
        Map<Abi, StructLayout> byAbi = new EnumMap<>(Abi.class);
        layouts.forEach(l -> byAbi.put(l.abi(), l));
        StringBuilder out = new StringBuilder(decl.keyword()).append(' ').append(decl.cName())
                .append(": 32/64-bit compat\n");
        List<CompatPair> pairs = CompatPair.within(byAbi.keySet());
        if (pairs.isEmpty()) {
            return out.append("    no compat pair: it does not select both ABIs of any\n").toString();
        }
        for (CompatPair pair : pairs) {
            CompatDiff diff = CompatDiff.of(pair, byAbi.get(pair.user()), byAbi.get(pair.kernel()));
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
            out.append("; converted by ").append(CompatConverterWriter.name(decl).simpleName())
                    .append('.').append(CompatConverterWriter.method(pair.user(), pair.kernel()))
                    .append('/').append(CompatConverterWriter.method(pair.kernel(), pair.user()))
                    .append(", C ").append(decl.keyword()).append(' ').append(pair.cPrefix())
                    .append(decl.cName()).append('\n');
        }
        return out.toString();
    }
}
