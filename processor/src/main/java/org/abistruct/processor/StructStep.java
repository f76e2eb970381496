package org.abistruct.processor;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import org.abistruct.Abi;
import org.abistruct.processor.generate.CHeaderWriter;
import org.abistruct.processor.generate.CompatGenerator;
import org.abistruct.processor.generate.LaidOutStruct;
import org.abistruct.processor.generate.LayoutJson;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.read.Declaration;
import org.abistruct.processor.read.PolicySite;
import org.abistruct.processor.read.Reading;
import org.abistruct.processor.validate.StructChecker;

/**
 * One struct through the pipeline after reading: validation, layout and its policies (the
 * checker), then generation of its Java files, C header and JSON report.
 */
final class StructStep {
    private final StructChecker checker;
    private final Function<StructRef, StructDecl> decls;
    private final Function<LaidOutStruct, List<JavaFile>> generator;
    private final Messager messager;
    private final Outputs outputs;

    StructStep(StructChecker checker, Function<StructRef, StructDecl> decls,
               Function<LaidOutStruct, List<JavaFile>> generator, Messager messager,
               Outputs outputs) {
        this.checker = checker;
        this.decls = decls;
        this.generator = generator;
        this.messager = messager;
        this.outputs = outputs;
    }

    /** Checks {@code reading} of {@code type}, reports every problem, and generates if clean. */
    void run(TypeElement type, Reading reading) {
        StructChecker.Verdict verdict = checker.check(reading);
        verdict.report().printMessagesTo(messager);
        if (verdict.isClean()) {
            generate(type, reading.declaration(), verdict.layouts());
        }
    }

    private void generate(TypeElement type, Declaration d, List<StructLayout> layouts) {
        StructDecl decl = d.decl();
        PolicySite policy = d.policy();
        List<JavaFile> files = new ArrayList<>(
                generator.apply(new LaidOutStruct(decl, layouts, d.ioctls())));
        files.addAll(CompatGenerator.generate(decl, layouts, policy.policy(), d.ioctls()));
        files.forEach(file -> outputs.source(file, type));
        Map<Abi, StructLayout> byAbi = new EnumMap<>(Abi.class);
        layouts.forEach(layout -> byAbi.put(layout.abi(), layout));
        outputs.resource(CHeaderWriter.path(decl),
                CHeaderWriter.header(decl, byAbi, d.ioctls(), decls), type);
        outputs.resource(LayoutJson.path(decl),
                LayoutJson.of(decl, policy.policy(), layouts), type);
    }
}
