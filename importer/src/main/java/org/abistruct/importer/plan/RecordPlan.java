package org.abistruct.importer.plan;

import java.util.List;
import java.util.Set;
import org.abistruct.Abi;

/**
 * One record to write: its simple names (outermost first; nested records for the tagless and
 * anonymous types it declares), C name, attributes, the ABIs it exists on, its components, the
 * ioctls whose argument it is, the C declaration it came from, and notes on what C declares
 * that the record leaves out.
 */
public record RecordPlan(List<String> names, String cName, boolean union, boolean tagless,
                         boolean packed, int align, Set<Abi> abis, List<ComponentPlan> components,
                         List<IoctlPlan> ioctls, String header, String cText,
                         List<RecordPlan> nested, List<String> notes) {
    public RecordPlan {
        names = List.copyOf(names);
        abis = Set.copyOf(abis);
        components = List.copyOf(components);
        ioctls = List.copyOf(ioctls);
        nested = List.copyOf(nested);
        notes = List.copyOf(notes);
    }

    public String simpleName() {
        return names.get(names.size() - 1);
    }

    /** The name Java code in the package uses: {@code KvmRun.Io}. */
    public String javaName() {
        return String.join(".", names);
    }

    RecordPlan with(boolean newPacked, int newAlign, List<ComponentPlan> newComponents) {
        return new RecordPlan(names, cName, union, tagless, newPacked, newAlign, abis,
                newComponents, ioctls, header, cText, nested, notes);
    }

    RecordPlan withAbis(Set<Abi> newAbis, List<RecordPlan> newNested) {
        return new RecordPlan(names, cName, union, tagless, packed, align, newAbis, components,
                ioctls, header, cText, newNested, notes);
    }

    /** {@code plan} with the ioctls that take it. */
    public static RecordPlan withIoctls(RecordPlan plan, List<IoctlPlan> ioctls) {
        return new RecordPlan(plan.names, plan.cName, plan.union, plan.tagless, plan.packed,
                plan.align, plan.abis, plan.components, ioctls, plan.header, plan.cText, plan.nested,
                plan.notes);
    }
}
