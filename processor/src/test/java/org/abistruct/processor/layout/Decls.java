package org.abistruct.processor.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/** A set of test declarations in definition order, with shorthands to build them. */
public final class Decls {
    private final Map<StructRef, StructDecl> byRef = new LinkedHashMap<>();

    /** Adds a struct ({@code union} false) or union named {@code tag}, returning its reference. */
    StructRef add(String tag, boolean union, boolean packed, int align, Member... members) {
        return add(tag, union, packed, align, List.of(members));
    }

    StructRef add(String tag, boolean union, boolean packed, int align, List<Member> members) {
        StructRef ref = new StructRef("test", List.of(tag));
        StructDecl decl = new StructDecl(ref, tag, union, packed, align,
                EnumSet.allOf(Abi.class), members, List.of());
        if (byRef.putIfAbsent(ref, decl) != null) {
            throw new IllegalArgumentException("duplicate tag " + tag);
        }
        return ref;
    }

    StructRef struct(String tag, Member... members) {
        return add(tag, false, false, 0, members);
    }

    StructRef union(String tag, Member... members) {
        return add(tag, true, false, 0, members);
    }

    StructRef packed(String tag, Member... members) {
        return add(tag, false, true, 0, members);
    }

    StructDecl get(StructRef ref) {
        return byRef.get(ref);
    }

    public List<StructDecl> all() {
        return new ArrayList<>(byRef.values());
    }

    public Function<StructRef, StructDecl> lookup() {
        return byRef::get;
    }

    static Member m(String name, CType type) {
        return new Member(name, name, type, 0, false);
    }

    static Member m(String name, CType type, int align) {
        return new Member(name, name, type, align, false);
    }

    static Member anon(String name, StructRef type, int align) {
        return new Member(name, name, type, align, true);
    }

    static Scalar s(ScalarKind kind) {
        return new Scalar(kind);
    }

    /** {@code type[d0][d1]...}; a 0 outermost dimension is a flexible array. */
    static CType array(CType leaf, int... dims) {
        CType type = leaf;
        for (int i = dims.length - 1; i >= 0; i--) {
            type = new ArrayType(type, dims[i]);
        }
        return type;
    }
}
