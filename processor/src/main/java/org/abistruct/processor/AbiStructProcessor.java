package org.abistruct.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.PlacingMessager;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.generate.AccessorGenerator;
import org.abistruct.processor.generate.CompatGenerator;
import org.abistruct.processor.generate.LayoutJson;
import org.abistruct.processor.generate.SourceWriter;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.read.Catalog;
import org.abistruct.processor.read.PolicyReader;
import org.abistruct.processor.read.PolicySite;
import org.abistruct.processor.read.Reading;
import org.abistruct.processor.read.RecordReader;
import org.abistruct.processor.validate.CompatChecks;
import org.abistruct.processor.validate.StructChecker;

/**
 * The abistruct annotation processor. Each round it reads every record annotated
 * {@code @AbiStruct} or {@code @AbiUnion} (and the structs they embed, from source or class
 * files) into a declaration with its source positions; a record whose component types are not
 * resolved yet waits for the next round, by name. It then validates each declaration and the
 * structs it embeds into a report, lays the clean ones out under each selected ABI, checks their
 * size asserts, then checks them against the struct's compat and padding policies (within
 * each 32/64-bit compat pair), and hands the layouts to the generator and, under
 * {@code compat = GENERATE}, the compat generator, whose files the source writer emits with
 * the struct's JSON layout report.
 * Every problem of a record is reported in one compile and only that record is skipped; a bug
 * in the processor becomes one {@code [AbiStructInternalError]} on the record being processed.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"org.abistruct.AbiStruct", "org.abistruct.AbiUnion"})
public final class AbiStructProcessor extends AbstractProcessor {
    private final BiFunction<StructDecl, List<StructLayout>, List<JavaFile>> generator;
    private final Set<String> waiting = new LinkedHashSet<>();
    private Messager messager;

    /** The processor javac loads. */
    public AbiStructProcessor() {
        this(AccessorGenerator::generate);
    }

    /** A processor with another generator, for tests of the stages around it. */
    AbiStructProcessor(BiFunction<StructDecl, List<StructLayout>, List<JavaFile>> generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        try {
            messager = PlacingMessager.of(env);
        } catch (LinkageError noCompilerTrees) {
            messager = env.getMessager();
        }
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        boolean lastRound = round.processingOver();
        Catalog catalog = new Catalog(processingEnv.getElementUtils(),
                new RecordReader(processingEnv.getTypeUtils(), lastRound));
        Function<StructRef, StructDecl> lookup = ref -> {
            Reading reading = catalog.find(ref);
            return reading == null || reading.declaration() == null
                    ? null : reading.declaration().decl();
        };
        StructChecker checker = new StructChecker(catalog::find, new LayoutEngine(lookup));
        SourceWriter writer = new SourceWriter(processingEnv.getFiler());
        for (TypeElement type : roots(round).values()) {
            try {
                process(type, catalog, checker, lookup, writer, lastRound);
            } catch (Throwable bug) {
                internalError(type, bug);
            }
        }
        return false;
    }

    /** This round's annotated types, then the ones waiting since an earlier round. */
    private Map<String, TypeElement> roots(RoundEnvironment round) {
        Map<String, TypeElement> roots = new LinkedHashMap<>();
        for (Element e : round.getElementsAnnotatedWithAny(Set.of(AbiStruct.class, AbiUnion.class))) {
            if (e instanceof TypeElement type) {
                roots.put(type.getQualifiedName().toString(), type);
            }
        }
        for (String name : waiting) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                roots.putIfAbsent(name, type);
            }
        }
        waiting.clear();
        return roots;
    }

    private void process(TypeElement type, Catalog catalog, StructChecker checker,
            Function<StructRef, StructDecl> lookup, SourceWriter writer, boolean lastRound) {
        Reading reading = catalog.read(type);
        if (!lastRound && catalog.waitsForTypes(reading)) {
            waiting.add(reading.name());
            return;
        }
        StructChecker.Verdict verdict = checker.check(reading);
        verdict.report().printMessagesTo(messager);
        if (!verdict.isClean()) {
            return;
        }
        StructDecl decl = reading.declaration().decl();
        PolicySite policy = PolicyReader.read(type);
        Report compat = CompatChecks.check(reading.declaration(), policy, verdict.layouts(),
                List.of(), lookup);
        compat.printMessagesTo(messager);
        if (!compat.isClean()) {
            return;
        }
        List<JavaFile> files = new ArrayList<>(generator.apply(decl, verdict.layouts()));
        files.addAll(CompatGenerator.generate(decl, verdict.layouts(), policy.policy(), List.of()));
        for (JavaFile file : files) {
            try {
                writer.write(file, type);
            } catch (IOException e) {
                messager.printMessage(Kind.ERROR, Message.WRITE_FAILED.format(
                        file.packageName() + "." + file.typeSpec().name(), e.getMessage()), type);
            }
        }
        String json = LayoutJson.path(decl);
        try {
            writer.writeResource(json, LayoutJson.of(decl, policy.policy(), verdict.layouts()), type);
        } catch (IOException e) {
            messager.printMessage(Kind.ERROR, Message.WRITE_FAILED.format(json, e.getMessage()),
                    type);
        }
    }

    private void internalError(TypeElement type, Throwable bug) {
        StringWriter trace = new StringWriter();
        bug.printStackTrace(new PrintWriter(trace));
        messager.printMessage(Kind.ERROR,
                Message.INTERNAL_ERROR.format(type.getQualifiedName(), trace), type);
    }
}
