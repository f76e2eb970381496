package org.abistruct.processor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.plan.Planner;
import org.abistruct.processor.plan.StructPlan;

/**
 * Test declarations built by hand, as the reader would build them, in package {@value #PACKAGE}
 * and definition order, with their layouts and plans: one shorthand for every stage's tests.
 */
public final class Decls {
    /** The package of every declaration. */
    public static final String PACKAGE = "p";

    private final Map<StructRef, StructDecl> byRef = new LinkedHashMap<>();
    private final LayoutEngine engine = new LayoutEngine(byRef::get);

    /**
     * Declares a struct ({@code union} false) or union whose simple name and C tag are both
     * {@code tag}, on every ABI, returning its reference.
     */
    public StructRef add(String tag, boolean union, boolean packed, int align, Member... members) {
        return add(tag, union, packed, align, List.of(members));
    }

    public StructRef add(String tag, boolean union, boolean packed, int align,
                         List<Member> members) {
        return put(new StructDecl(ref(tag), tag, union, packed, align, EnumSet.allOf(Abi.class),
                members, List.of())).ref();
    }

    /** Declares a tagless struct or union, C spelling it only inline where it is used. */
    public StructRef tagless(String name, boolean union, boolean packed, int align,
                             List<Member> members) {
        return put(new StructDecl(ref(name), name, union, packed, align, EnumSet.allOf(Abi.class),
                members, List.of(), true)).ref();
    }

    public StructRef struct(String tag, Member... members) {
        return add(tag, false, false, 0, members);
    }

    public StructRef union(String tag, Member... members) {
        return add(tag, true, false, 0, members);
    }

    public StructRef packed(String tag, Member... members) {
        return add(tag, false, true, 0, members);
    }

    /** Declares the record {@code simpleName}, C tag {@code cName}, on {@code abis}. */
    public StructDecl declare(String simpleName, String cName, boolean union,
                              Collection<Abi> abis, Member... members) {
        return put(new StructDecl(ref(simpleName), cName, union, false, 0, EnumSet.copyOf(abis),
                List.of(members), List.of()));
    }

    private StructDecl put(StructDecl decl) {
        if (byRef.putIfAbsent(decl.ref(), decl) != null) {
            throw new IllegalArgumentException("declared twice: " + decl.ref().qualifiedName());
        }
        return decl;
    }

    public StructDecl get(StructRef ref) {
        return byRef.get(ref);
    }

    /** Every declaration, in definition order. */
    public List<StructDecl> all() {
        return new ArrayList<>(byRef.values());
    }

    public Function<StructRef, StructDecl> lookup() {
        return byRef::get;
    }

    /** The layouts of {@code decl}, one per selected ABI in Abi order. */
    public List<StructLayout> layouts(StructDecl decl) {
        List<StructLayout> layouts = new ArrayList<>();
        for (Abi abi : decl.abis()) {
            layouts.add(engine.layout(decl, abi));
        }
        return layouts;
    }

    /** The plan of {@code decl} under the built-in policies, with no ioctls. */
    public StructPlan plan(StructDecl decl) {
        return plan(decl, CompatPolicy.BUILT_IN, List.of());
    }

    /** The plan of {@code decl} under {@code policy}, the argument of {@code ioctls}. */
    public StructPlan plan(StructDecl decl, CompatPolicy policy, List<IoctlDecl> ioctls) {
        return new Planner(engine).plan(decl, policy, ioctls);
    }

    /** A reference to the record {@code simpleName} of the package. */
    public static StructRef ref(String simpleName) {
        return new StructRef(PACKAGE, List.of(simpleName));
    }

    /** A member whose Java and C names are both {@code name}. */
    public static Member member(String name, CType type) {
        return new Member(name, name, type, 0, false);
    }

    /** A member with {@code @Align(align)}. */
    public static Member member(String name, CType type, int align) {
        return new Member(name, name, type, align, false);
    }

    public static Member member(String javaName, String cName, CType type) {
        return new Member(javaName, cName, type, 0, false);
    }

    /** An anonymous member, with {@code @Align(align)} when {@code align} is positive. */
    public static Member anonymous(String name, StructRef type, int align) {
        return new Member(name, name, type, align, true);
    }

    public static Member anonymous(String javaName, String cName, StructRef type) {
        return new Member(javaName, cName, type, 0, true);
    }

    public static Scalar scalar(ScalarKind kind) {
        return new Scalar(kind);
    }

    /** {@code element[d0][d1]...}; a 0 outermost dimension is a flexible array. */
    public static CType array(CType element, int... dims) {
        CType type = element;
        for (int d = dims.length - 1; d >= 0; d--) {
            type = new ArrayType(type, dims[d]);
        }
        return type;
    }
}
