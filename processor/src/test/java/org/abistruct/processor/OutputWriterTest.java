package org.abistruct.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.cheader.CHeaderGenerator;
import org.abistruct.processor.generate.java.LayoutRecordGenerator;
import org.abistruct.processor.generate.memory.ByteBufferBackend;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.StructPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link OutputWriter} writes through the Filer exactly the text of each generated file, Java
 * sources with their {@code @Generated} annotation, resources at their path.
 */
class OutputWriterTest {
    private static List<GeneratedFile> files() {
        Decls decls = new Decls();
        StructDecl decl = decls.declare("Pair", "pair", false, List.of(Abi.ARM),
                member("a", "a", scalar(ScalarKind.UINT8)),
                member("b", "b", scalar(ScalarKind.INT32)));
        StructPlan plan = decls.plan(decl);
        List<GeneratedFile> files = new ArrayList<>(
                new LayoutRecordGenerator(List.of(new ByteBufferBackend()), false).generate(plan));
        files.addAll(new CHeaderGenerator().generate(plan));
        return files;
    }

    /**
     * Writes every file {@code generate} makes once, attributed to the record {@code p.Pair}:
     * through {@code submit} on {@code workers}, or without them through {@code write}.
     */
    private static final class Writing extends AbstractProcessor {
        private final ExecutorService workers;
        private final Callable<List<GeneratedFile>> generate;
        private boolean done;

        Writing(ExecutorService workers, Callable<List<GeneratedFile>> generate) {
            this.workers = workers;
            this.generate = generate;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                TypeElement pair = processingEnv.getElementUtils().getTypeElement("p.Pair");
                OutputWriter writer = new OutputWriter(processingEnv.getFiler(),
                        processingEnv.getMessager(), workers);
                if (workers == null) {
                    try {
                        writer.write(generate.call(), pair);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                } else {
                    writer.submit(generate, pair);
                    writer.finish();
                }
            }
            return false;
        }
    }

    private static Compilation compile(Writing writing) {
        return Compiler.javac().withProcessors(writing)
                .compile(JavaFileObjects.forSourceString("p.Pair",
                        "package p;\n\npublic record Pair(byte a, int b) {}\n"));
    }

    @Test
    void writesTheGeneratedTextThroughTheFiler() throws IOException {
        assertWritten(compile(new Writing(null, OutputWriterTest::files)));
    }

    @Test
    void filesMadeOnAWorkerThreadAreWrittenTheSame() throws IOException {
        ExecutorService workers = Executors.newSingleThreadExecutor();
        try {
            assertWritten(compile(new Writing(workers, OutputWriterTest::files)));
        } finally {
            workers.shutdown();
        }
    }

    @Test
    @Timeout(60)
    void theProcessorsThreadRendersWhatNoWorkerHasBegun() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService workers = Executors.newSingleThreadExecutor();
        try {
            workers.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread[] renderedOn = new Thread[1];
            assertWritten(compile(new Writing(workers, () -> {
                renderedOn[0] = Thread.currentThread();
                return files();
            })));
            assertEquals(Thread.currentThread(), renderedOn[0]);
        } finally {
            release.countDown();
            workers.shutdown();
        }
    }

    @Test
    void aGeneratorThatFailsOnAWorkerIsAnInternalErrorOnItsType() {
        ExecutorService workers = Executors.newSingleThreadExecutor();
        try {
            Compilation compilation = compile(new Writing(workers, () -> {
                throw new IllegalStateException("broken generator");
            }));
            assertThat(compilation).hadErrorContaining("[AbiStructInternalError]");
            assertThat(compilation).hadErrorContaining("broken generator");
        } finally {
            workers.shutdown();
        }
    }

    private static void assertWritten(Compilation compilation) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        List<GeneratedFile> files = files();
        JavaFile source = OutputWriter.javaFile((GeneratedFile.JavaSource) files.get(0));
        String text = compilation.generatedSourceFile("p.PairLayout").orElseThrow()
                .getCharContent(false).toString();
        assertEquals(OutputWriter.text(source), text);
        assertTrue(text.contains("@Generated(\"org.abistruct.processor.AbiStructProcessor\")\n"
                + "public record PairLayout("), text);
        GeneratedFile.Resource header = (GeneratedFile.Resource) files.get(1);
        assertEquals(header.text(), compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
                header.path()).orElseThrow().getCharContent(false).toString());
    }
}
