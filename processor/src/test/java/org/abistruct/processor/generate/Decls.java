package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/** Test declarations built by hand, as the reader would build them, and their layouts. */
final class Decls {
    static final String PACKAGE = "p";

    private final Map<String, StructDecl> byName = new HashMap<>();
    private final LayoutEngine engine = new LayoutEngine(ref -> byName.get(ref.qualifiedName()));

    /** Declares a struct (or union) in package {@code p}. */
    StructDecl declare(String simpleName, String cName, boolean union, List<Abi> abis,
                       Member... members) {
        StructDecl decl = new StructDecl(ref(simpleName), cName, union, false, 0,
                new java.util.HashSet<>(abis), Arrays.asList(members), List.of());
        byName.put(decl.ref().qualifiedName(), decl);
        return decl;
    }

    /** The layouts of {@code decl}, one per selected ABI in Abi order. */
    List<StructLayout> layouts(StructDecl decl) {
        List<StructLayout> layouts = new ArrayList<>();
        for (Abi abi : decl.abis()) {
            layouts.add(engine.layout(decl, abi));
        }
        return layouts;
    }

    /** The layout records of {@code decls}, each laid out on its ABIs, with no ioctls. */
    List<JavaFile> generate(List<StructDecl> decls) {
        List<JavaFile> files = new ArrayList<>();
        for (StructDecl decl : decls) {
            files.addAll(AccessorGenerator.generate(
                    new LaidOutStruct(decl, layouts(decl), List.of())));
        }
        return files;
    }

    static StructRef ref(String simpleName) {
        return new StructRef(PACKAGE, List.of(simpleName));
    }

    static Member member(String javaName, String cName, CType type) {
        return new Member(javaName, cName, type, 0, false);
    }

    static Member anonymous(String javaName, String cName, StructRef type) {
        return new Member(javaName, cName, type, 0, true);
    }

    static Scalar scalar(ScalarKind kind) {
        return new Scalar(kind);
    }

    /** {@code element[d0][d1]...}. */
    static CType array(CType element, int... dims) {
        CType type = element;
        for (int d = dims.length - 1; d >= 0; d--) {
            type = new ArrayType(type, dims[d]);
        }
        return type;
    }

    private Decls() {}

    static Decls create() {
        return new Decls();
    }
}
