package org.abistruct.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.plan.StructPlan;
import org.abistruct.processor.read.Reading;
import org.abistruct.processor.validate.StructChecker;

/**
 * One struct through the pipeline after reading: validation and planning (the checker), then
 * every output's generator on the plan, which the writer runs and whose files it writes.
 */
final class StructStep {
    private final StructChecker checker;
    private final List<Generator<StructPlan>> generators;
    private final Messager messager;
    private final OutputWriter writer;
    private final boolean quiet;

    /** A step that prints no notes when {@code quiet}, nor for a package that turns them off. */
    StructStep(StructChecker checker, List<Generator<StructPlan>> generators, Messager messager,
               OutputWriter writer, boolean quiet) {
        this.checker = checker;
        this.generators = List.copyOf(generators);
        this.messager = messager;
        this.writer = writer;
        this.quiet = quiet;
    }

    /** Checks {@code reading} of {@code type}, reports every problem, and generates if clean. */
    void run(TypeElement type, Reading reading) {
        StructChecker.Verdict verdict = checker.check(reading);
        boolean notes = !quiet && (reading.declaration() == null
                || reading.declaration().policy().notes());
        (notes ? verdict.report() : verdict.report().withoutNotes()).printMessagesTo(messager);
        if (verdict.report().isClean()) {
            StructPlan plan = verdict.plan();
            writer.submit(() -> {
                List<GeneratedFile> files = new ArrayList<>();
                for (Generator<StructPlan> generator : generators) {
                    files.addAll(generator.generate(plan));
                }
                return files;
            }, type);
            checker.generated(reading);
        }
    }
}
