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
import org.abistruct.processor.diag.Report;
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
import org.abistruct.processor.validate.CompatChecks;
import org.abistruct.processor.validate.HeaderPaths;
import org.abistruct.processor.validate.StructChecker;

/**
 * One struct through the pipeline after reading: validation and layout (the checker), the
 * compat and padding policies, then generation of its Java files, C header and JSON report.
 */
final class StructStep {
    private final StructChecker checker;
    private final Function<StructRef, StructDecl> decls;
    private final Function<LaidOutStruct, List<JavaFile>> generator;
    private final HeaderPaths headers;
    private final Messager messager;
    private final Outputs outputs;

    StructStep(StructChecker checker, Function<StructRef, StructDecl> decls,
               Function<LaidOutStruct, List<JavaFile>> generator, HeaderPaths headers,
               Messager messager, Outputs outputs) {
        this.checker = checker;
        this.decls = decls;
        this.generator = generator;
        this.headers = headers;
        this.messager = messager;
        this.outputs = outputs;
    }

    /** Checks {@code reading} of {@code type}, reports every problem, and generates if clean. */
    void run(TypeElement type, Reading reading) {
        StructChecker.Verdict verdict = checker.check(reading);
        Report report = verdict.report();
        Declaration d = reading.declaration();
        if (d != null) {
            report = report.plus(headers.claim(CHeaderWriter.path(d.decl()), d.decl().keyword()
                    + " " + d.decl().cName() + " (" + reading.name() + ")", d.cName()));
        }
        report.printMessagesTo(messager);
        if (!report.isClean()) {
            return;
        }
        Report compat = CompatChecks.check(d, verdict.layouts(), decls);
        compat.printMessagesTo(messager);
        if (!compat.isClean()) {
            return;
        }
        generate(type, d, verdict.layouts());
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
