package org.abistruct.importer.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.importer.model.CMember;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.CType;
import org.abistruct.importer.model.Unit;
import org.abistruct.processor.model.BitWidth;

/**
 * Builds the record of each tagged struct or union of the import ABI's unit, and of every struct
 * it embeds: tagged ones as records of their own, tagless and anonymous ones as records nested
 * in the record that declares them. A struct that cannot be carried is kept apart with its
 * reason, and so is every struct that embeds it.
 */
final class RecordBuilder {
    private final Unit unit;
    private final Map<Long, RecordPlan> built = new LinkedHashMap<>();
    private final Map<Long, String> failed = new HashMap<>();
    private final Map<Long, Set<Long>> embeds = new HashMap<>();
    private final Set<Long> building = new HashSet<>();
    private final Map<Long, String> typeNames = new HashMap<>();
    private final Set<String> takenTypeNames = new HashSet<>();

    RecordBuilder(Unit unit) {
        this.unit = unit;
    }

    /** The records built so far, dependencies before the records that embed them. */
    Map<Long, RecordPlan> built() {
        return built;
    }

    Map<Long, String> failed() {
        return failed;
    }

    /** The tagged structs the struct {@code id} embeds, at any depth of its nested records. */
    Set<Long> embeds(long id) {
        return embeds.getOrDefault(id, Set.of());
    }

    /** Builds the record of the tagged struct {@code id}; false, with a reason, if it cannot. */
    boolean build(long id) {
        if (built.containsKey(id)) {
            return true;
        }
        if (failed.containsKey(id) || !building.add(id)) {
            return false;
        }
        CStruct struct = unit.structs().get(id);
        Set<Long> deps = new LinkedHashSet<>();
        try {
            RecordPlan plan = record(struct, List.of(typeName(struct)), struct.tag(), false, deps,
                    new HashSet<>());
            embeds.put(id, deps);
            built.put(id, plan);
            return true;
        } catch (Skip skip) {
            failed.put(id, skip.getMessage());
            return false;
        } finally {
            building.remove(id);
        }
    }

    /**
     * @param anonymousNames the names given to anonymous members so far in the outermost
     *     record: their members' accessors all land in it, so no two may share a name
     */
    private RecordPlan record(CStruct struct, List<String> names, String cName, boolean tagless,
                              Set<Long> deps, Set<String> anonymousNames) {
        if (!struct.complete()) {
            throw new Skip("it is declared without a body");
        }
        if (struct.members().isEmpty()) {
            throw new Skip("it has no named members");
        }
        List<ComponentPlan> components = new ArrayList<>();
        List<RecordPlan> nested = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> javaNames = new HashSet<>(Set.of(names.get(names.size() - 1)));
        Set<String> typeNames = new HashSet<>(names);
        for (int i = 0; i < struct.members().size(); i++) {
            CMember m = FlexibleArrays.unwrap(unit, struct.members().get(i));
            String label = m.name() == null ? "an anonymous member" : "member " + m.name();
            TypeMapper.Mapped mapped = TypeMapper.map(m.type());
            if (mapped instanceof TypeMapper.Unsupported unsupported) {
                throw new Skip(label + ": " + unsupported.reason());
            }
            boolean anonymous = m.name() == null;
            Field field;
            if (mapped instanceof TypeMapper.Embedded e) {
                CStruct inner = unit.structs().get(e.id());
                if (inner == null || !inner.complete()) {
                    throw new Skip(label + ": its type has no body");
                }
                if (endsFlexible(inner)) {
                    throw new Skip(label + ": " + inner.keyword() + " "
                            + (inner.tag() == null ? "{ ... }" : inner.tag())
                            + " ends in a flexible array, which abistruct does not embed");
                }
                List<String> target;
                if (inner.tag() != null) {
                    if (!build(inner.id())) {
                        throw new Skip(label + ": " + inner.keyword() + " " + inner.tag()
                                + " is not imported ("
                                + failed.getOrDefault(inner.id(), "it embeds itself") + ")");
                    }
                    deps.add(inner.id());
                    deps.addAll(embeds(inner.id()));
                    target = List.of(typeName(inner));
                } else {
                    String base = anonymous ? (inner.union() ? "AnonUnion" : "AnonStruct")
                            : Names.type(m.name());
                    String simple = unique(base, typeNames);
                    target = new ArrayList<>(names);
                    target.add(simple);
                    String innerC = cName + "_" + (anonymous ? Names.member(simple).toLowerCase() : m.name());
                    try {
                        nested.add(record(inner, target, innerC, true, deps, anonymousNames));
                    } catch (Skip skip) {
                        throw new Skip(label + ": " + skip.getMessage());
                    }
                }
                field = new Field(null, target, inner.id(), null, e.lengths(), 0, 0, true);
            } else {
                field = ((TypeMapper.Scalar) mapped).field();
                if (m.bitfield()) {
                    if (field.isRecord() || !BitWidth.allowedOn(field.kind()) || field.order() != null
                            || !field.lengths().isEmpty()) {
                        throw new Skip(label + ": a bitfield of " + CText.member(m, unit.structs())
                                + " is not supported");
                    }
                    field = field.withBits(m.bitSize(), true);
                }
            }
            if (field.flexible() && (struct.union() || i != struct.members().size() - 1)) {
                notes.add("{@code " + CText.member(m, unit.structs()) + "} is left out: abistruct has"
                        + " no zero-length array " + (struct.union() ? "in a union" : "before the last member")
                        + ", and it holds no bytes");
                continue;
            }
            if (field.lengths().stream().skip(1).anyMatch(n -> n == 0)) {
                throw new Skip(label + ": a zero-length inner dimension is not supported");
            }
            String javaName = anonymous ? unique(Names.member(field.record()
                    .get(field.record().size() - 1)), anonymousNames) : Names.member(m.name());
            javaName = unique(javaName, javaNames);
            String cMember = anonymous || Names.spellsBack(javaName, m.name()) ? null : m.name();
            components.add(new ComponentPlan(javaName, cMember, field, anonymous, i));
        }
        if (components.isEmpty()) {
            throw new Skip("it holds only zero-length arrays, which a union cannot carry");
        }
        return new RecordPlan(names, cName, struct.union(), tagless, false, 0, Set.of(), components,
                List.of(), struct.header(), CText.declaration(struct, unit.structs()), nested, notes);
    }

    /**
     * The record name of a tagged struct: {@code KvmRegs}; where two tags give one name
     * ({@code v4l2_mpeg_vbi_itv0} and {@code v4l2_mpeg_vbi_ITV0}), the second keeps its
     * capitals, or else takes a number.
     */
    private String typeName(CStruct struct) {
        String known = typeNames.get(struct.id());
        if (known != null) {
            return known;
        }
        String name = Names.type(struct.tag());
        if (takenTypeNames.contains(name)) {
            name = Names.typeKeepingCapitals(struct.tag());
        }
        name = unique(name, takenTypeNames);
        typeNames.put(struct.id(), name);
        return name;
    }

    private boolean endsFlexible(CStruct struct) {
        if (struct.union() || struct.members().isEmpty()) {
            return false;
        }
        CType last = FlexibleArrays.unwrap(unit, struct.members().get(struct.members().size() - 1)).type();
        while (last instanceof CType.Typedef t) {
            last = t.target();
        }
        return last instanceof CType.Array a && a.lengths().get(0) <= 0;
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** Why a struct is not imported. */
    private static final class Skip extends RuntimeException {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }
}
