package org.abistruct.processor;

import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.plan.InterfacePlan;
import org.abistruct.processor.plan.Planner;
import org.abistruct.processor.read.InterfaceDeclaration;
import org.abistruct.processor.read.InterfaceReader;
import org.abistruct.processor.validate.HeaderPaths;
import org.abistruct.processor.validate.InterfaceChecker;

/**
 * One interface of ioctls through the pipeline: read, validated, planned (its numbers under
 * every ABI, its header path claimed), then each output's generator on the plan.
 */
final class InterfaceStep {
    private final HeaderPaths headers;
    private final List<Generator<InterfacePlan>> generators;
    private final Messager messager;
    private final OutputWriter writer;

    InterfaceStep(HeaderPaths headers, List<Generator<InterfacePlan>> generators,
                  Messager messager, OutputWriter writer) {
        this.headers = headers;
        this.generators = List.copyOf(generators);
        this.messager = messager;
        this.writer = writer;
    }

    /** Reads {@code type}, reports every problem, and generates if clean. */
    void run(TypeElement type) {
        InterfaceDeclaration d = InterfaceReader.read(type);
        Report report = InterfaceChecker.check(d);
        InterfacePlan plan = d.decl() == null ? null : Planner.plan(d.decl());
        if (plan != null) {
            report = report.plus(headers.claim(plan.headerPath(),
                    "interface " + d.decl().qualifiedName(), Position.of(type)));
        }
        report.printMessagesTo(messager);
        if (report.isClean()) {
            for (Generator<InterfacePlan> generator : generators) {
                writer.write(generator.generate(plan), type);
            }
        }
    }
}
