package org.abistruct.processor;

import com.google.auto.service.AutoService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.abistruct.Ioctl;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.PlacingMessager;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.generate.cheader.CHeaderGenerator;
import org.abistruct.processor.generate.cheader.IoctlsHeaderGenerator;
import org.abistruct.processor.generate.compat.CompatGenerator;
import org.abistruct.processor.generate.java.IoctlsClassGenerator;
import org.abistruct.processor.generate.java.LayoutRecordGenerator;
import org.abistruct.processor.generate.json.LayoutJsonGenerator;
import org.abistruct.processor.generate.memory.ByteBufferBackend;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.generate.memory.SegmentBackend;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.Planner;
import org.abistruct.processor.plan.StructPlan;
import org.abistruct.processor.read.Catalog;
import org.abistruct.processor.read.Reading;
import org.abistruct.processor.read.RecordReader;
import org.abistruct.processor.validate.HeaderPaths;
import org.abistruct.processor.validate.OutputChecks;
import org.abistruct.processor.validate.StructChecker;

/**
 * The abistruct annotation processor, a pipeline of four stages. Each round it <b>reads</b>
 * every record annotated {@code @AbiStruct} or {@code @AbiUnion} (and the structs they embed,
 * from source or class files) into a declaration with its source positions and ioctls; a
 * record whose component types are not resolved yet waits for the next round, by name. It
 * <b>validates</b> each declaration and the structs it embeds into a report, <b>plans</b> the
 * clean ones (layouts under each selected ABI, member slots, zeroed bytes, ioctl numbers,
 * compat diffs and conversions, computed once), checks the plan (size asserts, ioctl sizes,
 * header paths, compat and padding policies), and hands it to each output's
 * <b>generator</b>: the Java layout record, the compat converters, the C header and the JSON
 * report, whose files one writer writes. Interfaces carrying {@code @Ioctl} go through the same
 * stages to a class of numbers and a header. Every problem of a type is reported in one compile
 * and only that type is skipped; a bug in the processor becomes one
 * {@code [AbiStructInternalError]} on the type being processed.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({"org.abistruct.AbiStruct", "org.abistruct.AbiUnion",
        "org.abistruct.Ioctl", "org.abistruct.Ioctl.List"})
public final class AbiStructProcessor extends AbstractProcessor {
    /** The Java layout records' generator, set by a test or else by the compile's release. */
    private Generator<StructPlan> records;
    /** The memory generated code works on: byte buffers, and segments at release 22+. */
    private List<MemoryBackend> memories;
    /** Whether the compile has {@code java.lang.foreign}, so generated code may use it. */
    private boolean foreign;
    private final Set<String> waiting = new LinkedHashSet<>();
    private final HeaderPaths headers = new HeaderPaths();
    /** The structs this compile generates: every root of this round and the rounds before. */
    private final Set<String> generated = new HashSet<>();
    private Messager messager;
    /** The threads generating files, from the first round that has structs to the last. */
    private ExecutorService workers;
    private static final int MAX_WORKERS = 3;
    /** Whether {@value #QUIET} asks for no notes. */
    private boolean quiet;

    /**
     * The processor option that drops notes for the whole compile: {@code -Aabistruct.quiet}
     * or {@code -Aabistruct.quiet=true}.
     */
    static final String QUIET = "abistruct.quiet";

    /** The processor javac loads; its layout records are written in {@link #init}. */
    public AbiStructProcessor() {}

    /** A processor with another generator of layout records, for tests of the stages around it. */
    AbiStructProcessor(Generator<StructPlan> records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        foreign = Foreign.available(env);
        memories = foreign ? List.of(new ByteBufferBackend(), new SegmentBackend())
                : List.of(new ByteBufferBackend());
        if (records == null) {
            records = new LayoutRecordGenerator(memories, foreign);
        }
        try {
            messager = PlacingMessager.of(env);
        } catch (LinkageError noCompilerTrees) {
            messager = env.getMessager();
        }
        quiet = quiet(env.getOptions());
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(QUIET);
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
        Function<StructRef, StructDecl> decls = ref -> {
            Reading reading = catalog.find(ref);
            return reading == null || reading.declaration() == null
                    ? null : reading.declaration().decl();
        };
        Map<String, TypeElement> roots = roots(round);
        generated.addAll(roots.keySet());
        OutputWriter writer = new OutputWriter(processingEnv.getFiler(), messager, workers());
        StructChecker checker = new StructChecker(catalog::find,
                new Planner(new LayoutEngine(decls), ref -> converted(catalog, ref)),
                new OutputChecks(generated, headers));
        StructStep step = new StructStep(checker, List.of(records, new CompatGenerator(memories),
                new CHeaderGenerator(), new LayoutJsonGenerator()), messager, writer, quiet);
        InterfaceStep interfaces = new InterfaceStep(headers, List.of(
                new IoctlsClassGenerator(foreign),
                new IoctlsHeaderGenerator()), messager, writer);
        for (TypeElement type : embeddedFirst(roots, catalog)) {
            try {
                Reading reading = catalog.read(type);
                if (!lastRound && catalog.waitsForTypes(reading)) {
                    waiting.add(reading.name());
                } else {
                    step.run(type, reading);
                }
            } catch (Throwable bug) {
                internalError(type, bug);
            }
        }
        writer.finish();
        if (lastRound && workers != null) {
            workers.shutdown();
            workers = null;
        }
        for (Element e : round.getElementsAnnotatedWithAny(Set.of(Ioctl.class, Ioctl.List.class))) {
            if (e instanceof TypeElement type && !isStruct(round, type)) {
                try {
                    interfaces.run(type);
                } catch (Throwable bug) {
                    internalError(type, bug);
                }
            }
        }
        return false;
    }

    /** Whether {@code options} ask for quiet: {@value #QUIET} alone (a null value) or true. */
    private static boolean quiet(Map<String, String> options) {
        if (!options.containsKey(QUIET)) {
            return false;
        }
        String value = options.get(QUIET);
        return value == null || value.isEmpty() || Boolean.parseBoolean(value);
    }

    /**
     * {@code roots} in an order where each comes after the roots it embeds, so that a struct's
     * own errors are reported before those of the structs embedding it; a cycle, reported on
     * its own, keeps its order.
     */
    private static List<TypeElement> embeddedFirst(Map<String, TypeElement> roots,
                                                   Catalog catalog) {
        Set<String> placed = new HashSet<>();
        List<TypeElement> out = new ArrayList<>();
        for (String name : roots.keySet()) {
            place(name, roots, catalog, placed, out);
        }
        return out;
    }

    private static void place(String name, Map<String, TypeElement> roots, Catalog catalog,
                              Set<String> placed, List<TypeElement> out) {
        TypeElement type = roots.get(name);
        if (type == null || !placed.add(name)) {
            return;
        }
        try {
            Reading reading = catalog.read(type);
            if (reading.declaration() != null) {
                for (StructRef ref : reading.declaration().embedded()) {
                    place(ref.qualifiedName(), roots, catalog, placed, out);
                }
            }
        } catch (RuntimeException unreadable) {
            // Reported when the type itself is processed.
        }
        out.add(type);
    }

    /**
     * Whether this compile generates the converter class of {@code ref}: a struct of its sources
     * declared {@code compat = GENERATE}.
     */
    private boolean converted(Catalog catalog, StructRef ref) {
        if (!generated.contains(ref.qualifiedName())) {
            return false;
        }
        Reading reading = catalog.find(ref);
        return reading != null && reading.declaration() != null
                && reading.declaration().policy().policy().generates();
    }

    private static boolean isStruct(RoundEnvironment round, TypeElement type) {
        return round.getElementsAnnotatedWithAny(Set.of(AbiStruct.class, AbiUnion.class))
                .contains(type);
    }

    /** This round's annotated types, then the ones waiting since an earlier round. */
    private Map<String, TypeElement> roots(RoundEnvironment round) {
        Map<String, TypeElement> roots = new LinkedHashMap<>();
        Set<? extends Element> structs =
                round.getElementsAnnotatedWithAny(Set.of(AbiStruct.class, AbiUnion.class));
        for (Element e : structs) {
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

    private void internalError(TypeElement type, Throwable bug) {
        internalError(messager, type, bug);
    }

    /** Reports {@code bug}, a fault of the processor, as one error on {@code type}. */
    static void internalError(Messager messager, TypeElement type, Throwable bug) {
        StringWriter trace = new StringWriter();
        bug.printStackTrace(new PrintWriter(trace));
        messager.printMessage(Kind.ERROR,
                Message.INTERNAL_ERROR.format(type.getQualifiedName(), trace), type);
    }

    /**
     * The threads that generate and render structs' files beside javac's, which compiles on
     * one: one fewer than the machine's processors, at most {@value #MAX_WORKERS}; none on
     * one processor.
     */
    private ExecutorService workers() {
        int threads = Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors() - 1);
        if (workers == null && threads > 0) {
            workers = Executors.newFixedThreadPool(threads, job -> {
                Thread thread = new Thread(job, "abistruct-output");
                thread.setDaemon(true);
                return thread;
            });
        }
        return workers;
    }
}
