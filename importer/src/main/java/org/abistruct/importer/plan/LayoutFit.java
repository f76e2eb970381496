package org.abistruct.importer.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.importer.model.CMember;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.CType;
import org.abistruct.importer.model.Unit;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.LayoutException;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;

/**
 * Finds the attributes debug information does not show. It lays each record out with the
 * processor's own engine and compares every member with where GCC put it on each ABI: a member
 * GCC placed earlier means the struct is packed; later, that the member has an {@code aligned}
 * attribute (or, for a bitfield, that an unnamed bitfield comes first); a larger size, that the
 * struct is aligned. The ABIs where the engine still disagrees are left out of the record's.
 */
final class LayoutFit {
    private static final int MAX_ALIGN = 4096;

    private final String packageName;
    private final Map<Abi, Unit> units;
    private final Map<String, StructDecl> decls = new HashMap<>();

    LayoutFit(String packageName, Map<Abi, Unit> units) {
        this.packageName = packageName;
        this.units = units;
    }

    /** A fitted record, and why ABIs were left out of it. */
    record Fitted(RecordPlan plan, Map<Abi, String> leftOut) {}

    /**
     * Fits {@code plan} (records it embeds first) to GCC's layouts, {@code gcc} per ABI, whose
     * alignments are in each unit under {@code structKey} and {@code memberKey} + member name.
     */
    Fitted fit(RecordPlan plan, Map<Abi, CStruct> gcc, String structKey, String memberKey) {
        Map<Abi, String> leftOut = new LinkedHashMap<>();
        List<RecordPlan> nested = new ArrayList<>();
        Set<Abi> abis = EnumSet.noneOf(Abi.class);
        abis.addAll(plan.abis());
        for (RecordPlan inner : plan.nested()) {
            Map<Abi, CStruct> innerGcc = new LinkedHashMap<>();
            for (Map.Entry<Abi, CStruct> e : gcc.entrySet()) {
                innerGcc.put(e.getKey(), nestedStruct(plan, inner, e.getValue(), units.get(e.getKey())));
            }
            String innerKey = memberKey + (gcc.isEmpty() ? "" : memberName(plan, inner, gcc.values().iterator().next()));
            Fitted fitted = fit(inner.withAbis(plan.abis(), inner.nested()), innerGcc, null,
                    innerKey.endsWith("#") || innerKey.endsWith(".") ? innerKey : innerKey + ".");
            nested.add(fitted.plan());
            leftOut.putAll(fitted.leftOut());
            abis.removeAll(fitted.leftOut().keySet());
        }
        RecordPlan current = plan.withAbis(abis, nested);
        for (Abi abi : gcc.keySet()) {
            if (abis.contains(abi)) {
                current = fitOn(current, abi, gcc.get(abi), new Keys(units.get(abi), structKey, memberKey));
            }
        }
        for (Abi abi : gcc.keySet()) {
            String difference = abis.contains(abi) ? difference(current, abi, gcc.get(abi),
                    new Keys(units.get(abi), structKey, memberKey)) : null;
            if (difference != null) {
                leftOut.put(abi, difference);
                abis.remove(abi);
            }
        }
        current = withAbis(current, abis);
        decls.put(Declarations.ref(packageName, current.names()).qualifiedName(),
                Declarations.of(packageName, current));
        return new Fitted(current, leftOut);
    }

    /** The plan and every record nested in it, on {@code abis}. */
    static RecordPlan withAbis(RecordPlan plan, Set<Abi> abis) {
        List<RecordPlan> nested = new ArrayList<>();
        for (RecordPlan inner : plan.nested()) {
            nested.add(withAbis(inner, abis));
        }
        return plan.withAbis(abis, nested);
    }

    /** Where one ABI's alignments are: the unit, the struct's key and its members' prefix. */
    private record Keys(Unit unit, String struct, String member) {
        Long structAlign() {
            return struct == null ? null : unit.alignments().get(struct);
        }

        Long memberAlign(CMember m) {
            return m.name() == null || m.bitfield() ? null : unit.alignments().get(member + m.name());
        }
    }

    private RecordPlan fitOn(RecordPlan plan, Abi abi, CStruct gcc, Keys keys) {
        RecordPlan current = plan;
        for (int attempt = 0; attempt < 4 * plan.components().size() + 8; attempt++) {
            StructLayout layout;
            try {
                layout = layout(current, abi);
            } catch (LayoutException e) {
                return current;
            }
            RecordPlan next = fix(current, layout, gcc, keys);
            if (next == null) {
                return current;
            }
            current = next;
        }
        return current;
    }

    /**
     * The plan with its first disagreement fixed, member by member: an alignment GCC reports
     * first (an {@code aligned} attribute, or packed), then an offset (packed; an unnamed
     * bitfield GCC's debug information leaves out; an {@code aligned} attribute), then the
     * struct's own alignment and size. Null if it agrees, or no fix is known.
     */
    private static RecordPlan fix(RecordPlan plan, StructLayout layout, CStruct gcc, Keys keys) {
        List<ComponentPlan> components = new ArrayList<>(plan.components());
        for (int i = 0; i < components.size(); i++) {
            Field field = components.get(i).field();
            if (components.get(i).member() < 0) {
                continue;
            }
            CMember member = gcc.members().get(components.get(i).member());
            FieldLayout placed = layout.fields().get(i);
            Long align = keys.memberAlign(member);
            if (align != null && align > placed.alignment()) {
                components.set(i, components.get(i).withField(field.withAlign(align.intValue())));
                return plan.with(plan.packed(), plan.align(), components);
            }
            if (align != null && align < placed.alignment()) {
                return plan.packed() ? null : plan.with(true, plan.align(), components);
            }
            long want = member.bit();
            long have = placed.bitOffset();
            if (want == have) {
                continue;
            }
            if (want < have) {
                return plan.packed() ? null : plan.with(true, plan.align(), components);
            }
            if (member.bitfield() || align != null) {
                Field filler = filler(field, want - have);
                if (filler == null) {
                    return null;
                }
                components.add(i, new ComponentPlan(components.get(i).javaName() + "Gap", null,
                        filler, false, -1));
                return plan.with(plan.packed(), plan.align(), components);
            }
            for (int p = Math.max(2, 2 * placed.alignment()); p <= MAX_ALIGN; p *= 2) {
                if ((placed.offset() + p - 1) / p * p == member.offset()) {
                    components.set(i, components.get(i).withField(field.withAlign(p)));
                    return plan.with(plan.packed(), plan.align(), components);
                }
            }
            return null;
        }
        Long structAlign = keys.structAlign();
        if (structAlign != null && structAlign > layout.alignment()) {
            return plan.with(plan.packed(), structAlign.intValue(), components);
        }
        if (structAlign != null && structAlign < layout.alignment()) {
            return plan.packed() ? null : plan.with(true, plan.align(), components);
        }
        if (gcc.size() < layout.size()) {
            return plan.packed() ? null : plan.with(true, plan.align(), components);
        }
        if (gcc.size() > layout.size()) {
            for (int p = 2 * layout.alignment(); p <= MAX_ALIGN; p *= 2) {
                if ((layout.size() + p - 1) / p * p == gcc.size()) {
                    return plan.with(plan.packed(), p, components);
                }
            }
        }
        return null;
    }

    /**
     * An unnamed bitfield of {@code gap} bits, which C declares to hold bits apart
     * ({@code __u32 :32;}): of the bitfield's own type before a bitfield, else of the integer
     * type as wide as the gap (or the narrowest wider one).
     */
    private static Field filler(Field next, long gap) {
        if (next.bits() > 0 && gap < 8L * next.kind().fixedSize()) {
            return next.withBits((int) gap, false);
        }
        for (ScalarKind kind : List.of(ScalarKind.UINT8, ScalarKind.UINT16, ScalarKind.UINT32, ScalarKind.UINT64)) {
            if (gap <= 8L * kind.fixedSize()) {
                return Field.scalar(kind, null, 0).withBits((int) gap, false);
            }
        }
        return null;
    }

    /** Where the engine and GCC disagree on {@code abi}, or null. */
    private String difference(RecordPlan plan, Abi abi, CStruct gcc, Keys keys) {
        StructLayout layout;
        try {
            layout = layout(plan, abi);
        } catch (LayoutException e) {
            return e.getMessage();
        }
        for (int i = 0; i < plan.components().size(); i++) {
            if (plan.components().get(i).member() < 0) {
                continue;
            }
            CMember member = gcc.members().get(plan.components().get(i).member());
            FieldLayout placed = layout.fields().get(i);
            long want = member.bit();
            long have = placed.bitOffset();
            if (want != have) {
                return "GCC puts " + (member.name() == null ? "an anonymous member" : member.name())
                        + " at bit " + want + ", abistruct at " + have;
            }
            Long align = keys.memberAlign(member);
            if (align != null && align != placed.alignment()) {
                return "GCC aligns " + member.name() + " to " + align + ", abistruct to " + placed.alignment();
            }
        }
        Long structAlign = keys.structAlign();
        if (structAlign != null && structAlign != layout.alignment()) {
            return "GCC aligns it to " + structAlign + ", abistruct to " + layout.alignment();
        }
        return gcc.size() == layout.size() ? null
                : "GCC's size is " + gcc.size() + ", abistruct's " + layout.size();
    }

    private StructLayout layout(RecordPlan plan, Abi abi) {
        StructDecl self = Declarations.of(packageName, plan);
        String name = self.ref().qualifiedName();
        LayoutEngine engine = new LayoutEngine(ref -> ref.qualifiedName().equals(name) ? self
                : decls.get(ref.qualifiedName()));
        return engine.layout(self, abi);
    }

    /** The C name of the member of {@code outer} whose type is {@code inner}; "" if anonymous. */
    private static String memberName(RecordPlan outer, RecordPlan inner, CStruct gcc) {
        for (ComponentPlan c : outer.components()) {
            if (c.member() < 0) {
                continue;
            }
            CMember member = gcc.members().get(c.member());
            if (c.field().record().equals(inner.names())) {
                return member.name() == null ? "" : member.name();
            }
        }
        return "";
    }

    /** On one ABI, the untagged struct the component of {@code inner} has in {@code outer}. */
    private static CStruct nestedStruct(RecordPlan outer, RecordPlan inner, CStruct gcc, Unit unit) {
        for (ComponentPlan c : outer.components()) {
            if (c.member() < 0) {
                continue;
            }
            CMember member = gcc.members().get(c.member());
            if (c.field().record().equals(inner.names())) {
                CType type = member.type();
                while (type instanceof CType.Typedef || type instanceof CType.Array) {
                    type = type instanceof CType.Typedef t ? t.target() : ((CType.Array) type).element();
                }
                return unit.structs().get(((CType.Record) type).id());
            }
        }
        throw new IllegalStateException(inner.javaName() + " is not a member of " + outer.javaName());
    }
}
