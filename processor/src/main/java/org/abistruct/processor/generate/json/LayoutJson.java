package org.abistruct.processor.generate.json;

import java.util.List;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.PairPlan;
import org.abistruct.processor.plan.StructPlan;

/**
 * Renders {@code abistruct/<c_name>.json}, the machine-readable report of one struct: its
 * policies, its layout under each selected ABI (members, padding) and its verdict in each
 * compat pair. The README documents the schema.
 */
public final class LayoutJson {
    private LayoutJson() {}

    /** The report of {@code plan}'s struct. */
    static String of(StructPlan plan) {
        StructDecl decl = plan.decl();
        CompatPolicy policy = plan.policy();
        Json json = new Json().object(null)
                .value("name", decl.cName())
                .value("kind", decl.keyword())
                .value("record", decl.ref().qualifiedName())
                .value("compat", policy.compat().name())
                .value("implicitPadding", policy.implicitPadding().name());
        json.array("layouts");
        for (StructLayout layout : plan.layouts()) {
            json.object(null).value("abi", layout.abi().name())
                    .value("size", layout.size()).value("alignment", layout.alignment());
            json.array("members");
            for (FieldLayout field : layout.fields()) {
                json.row(null).value("name", field.member().named() ? field.member().cName() : "")
                        .value("offset", field.offset()).value("size", field.size())
                        .value("alignment", field.alignment());
                if (field.member().order() != null) {
                    json.value("byteOrder", field.member().order().toString());
                }
                if (field.member().bitfield()) {
                    json.value("bit", field.bit()).value("bits", field.member().bits().width());
                }
                json.endObject();
            }
            json.endArray();
            padding(json, layout.paddings());
            json.endObject();
        }
        json.endArray();
        json.array("compat");
        for (PairPlan pairPlan : plan.pairs()) {
            CompatPair pair = pairPlan.pair();
            CompatDiff diff = pairPlan.diff();
            json.object(null).value("user", pair.user().name()).value("kernel", pair.kernel().name())
                    .value("verdict", diff.differs() ? "different"
                            : diff.alignmentOnly() ? "alignment-only" : "identical");
            json.array("members");
            for (CompatDiff.MemberDiff m : diff.members()) {
                json.row(null).value("path", m.path())
                        .value("userOffset", m.userOffset()).value("userSize", m.userSize())
                        .value("kernelOffset", m.kernelOffset())
                        .value("kernelSize", m.kernelSize()).endObject();
            }
            json.endArray();
            if (diff.differs() && policy.generates()) {
                json.value("converter", Names.compatType(decl.ref()).simpleName())
                        .value("cStruct", pair.cType(decl));
            }
            json.endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static void padding(Json json, List<Padding> paddings) {
        json.array("padding");
        for (Padding p : paddings) {
            json.row(null).value("offset", p.offset()).value("size", p.size())
                    .value("tail", p.tail()).value("after", p.after()).endObject();
        }
        json.endArray();
    }
}
