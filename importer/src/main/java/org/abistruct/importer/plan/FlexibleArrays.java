package org.abistruct.importer.plan;

import org.abistruct.importer.model.CMember;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.CType;
import org.abistruct.importer.model.Unit;

/**
 * Newer uapi headers declare flexible array members through {@code __DECLARE_FLEX_ARRAY}, older
 * ones directly; both are the same member, so the importer reads them the same way.
 */
final class FlexibleArrays {
    private FlexibleArrays() {}

    /**
     * The flexible array member {@code __DECLARE_FLEX_ARRAY(type, name)} wraps in an anonymous
     * struct ({@code struct { struct { } __empty_name; type name[]; };}), as that member
     * itself; any other member as it is.
     */
    static CMember unwrap(Unit unit, CMember m) {
        CType type = m.type();
        while (type instanceof CType.Typedef t) {
            type = t.target();
        }
        if (m.name() != null || !(type instanceof CType.Record r)) {
            return m;
        }
        CStruct wrapper = unit.structs().get(r.id());
        if (wrapper == null || wrapper.tag() != null || wrapper.union() || wrapper.members().size() != 2) {
            return m;
        }
        CMember empty = wrapper.members().get(0);
        CMember array = wrapper.members().get(1);
        boolean emptyStruct = empty.name() != null && empty.name().startsWith("__empty_")
                && empty.type() instanceof CType.Record e && unit.structs().get(e.id()) != null
                && unit.structs().get(e.id()).members().isEmpty();
        if (!emptyStruct || !(array.type() instanceof CType.Array a) || a.lengths().get(0) >= 0) {
            return m;
        }
        return new CMember(array.name(), array.type(), m.offset() + array.offset(), 0, -1);
    }
}
