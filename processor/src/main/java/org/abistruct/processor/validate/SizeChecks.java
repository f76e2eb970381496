package org.abistruct.processor.validate;

import java.util.List;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ExpectedSize;
import org.abistruct.processor.plan.StructPlan;
import org.abistruct.processor.read.Declaration;

/** Checks a declaration's {@code @ExpectSize} asserts against its computed layouts. */
final class SizeChecks {
    private SizeChecks() {}

    /** The mismatches, given the plan of the declaration. */
    static Report check(Declaration d, StructPlan plan) {
        List<StructLayout> layouts = plan.layouts();
        Report.Builder report = Report.builder();
        List<ExpectedSize> expected = d.decl().expectedSizes();
        for (int i = 0; i < expected.size(); i++) {
            Set<Abi> abis = expected.get(i).abis().isEmpty() ? d.decl().abis() : expected.get(i).abis();
            for (StructLayout layout : layouts) {
                if (abis.contains(layout.abi()) && layout.size() != expected.get(i).bytes()) {
                    report.add(Message.SIZE_MISMATCH, d.expectSizes().get(i).bytes(),
                            d.decl().keyword(), d.decl().cName(), expected.get(i).bytes(),
                            layout.abi(), layout.size(), members(layout));
                }
            }
        }
        return report.build();
    }

    /** One line per member: offset, size and C name. */
    private static String members(StructLayout layout) {
        StringBuilder out = new StringBuilder();
        for (FieldLayout field : layout.fields()) {
            out.append(String.format("    offset %d, size %d: %s%n", field.offset(), field.size(),
                    field.member().cName()));
        }
        out.append(String.format("    size %d, alignment %d", layout.size(), layout.alignment()));
        return out.toString();
    }
}
