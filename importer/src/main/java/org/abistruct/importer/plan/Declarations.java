package org.abistruct.importer.plan;

import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.BitWidth;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/** A record plan as the processor's own model, so that its layout engine can lay it out. */
public final class Declarations {
    private Declarations() {}

    static StructRef ref(String packageName, List<String> names) {
        return new StructRef(packageName, names);
    }

    public static StructDecl of(String packageName, RecordPlan plan) {
        List<Member> members = new ArrayList<>();
        for (ComponentPlan c : plan.components()) {
            Field f = c.field();
            CType type = f.isRecord() ? ref(packageName, f.record()) : new Scalar(f.kind());
            for (int i = f.lengths().size() - 1; i >= 0; i--) {
                type = new ArrayType(type, f.lengths().get(i));
            }
            String cName = c.cName() != null ? c.cName() : c.javaName();
            members.add(new Member(c.javaName(), cName, type, f.align(), c.anonymous(), f.order(),
                    f.bits() > 0 || !f.named() ? new BitWidth(f.bits(), f.named()) : null));
        }
        return new StructDecl(ref(packageName, plan.names()), plan.cName(), plan.union(),
                plan.packed(), plan.align(), plan.abis(), members, List.of(), plan.tagless());
    }
}
