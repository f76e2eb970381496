package org.abistruct.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.palantir.javapoet.TypeSpec;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.abistruct.Abi;
import org.abistruct.AbiStruct;
import org.abistruct.processor.diag.Sources;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.StructPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor end to end, with a recording generator in place of the real one: what reaches
 * generation, deferral across rounds, structs from class files, and the error paths. Expected
 * sizes come from GCC 12 for x86_64, i686 and m68k.
 */
class ProcessorTest {
    /** A generator that records what it is given and generates nothing. */
    private static final class Recorder implements Generator<StructPlan> {
        final List<StructDecl> decls = new ArrayList<>();
        final List<List<StructLayout>> layouts = new ArrayList<>();

        @Override
        public List<GeneratedFile> generate(StructPlan plan) {
            decls.add(plan.decl());
            layouts.add(plan.layouts());
            return List.of();
        }

        List<String> names() {
            return decls.stream().map(d -> d.ref().qualifiedName()).collect(Collectors.toList());
        }

        String sizes(int i) {
            return layouts.get(i).stream().map(l -> l.abi() + "=" + l.size())
                    .collect(Collectors.joining(" "));
        }
    }

    @Test
    void validStructReachesGenerationWithItsLayoutsInAbiOrder() {
        Recorder recorder = new Recorder();
        JavaFileObject src = Sources.of("KvmDirtyTlb",
                "@AbiStruct(abis = {Abi.M68K, Abi.X86_64, Abi.I386},",
                "    compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "public record KvmDirtyTlb(@Unsigned long bitmap, @Unsigned int numDirty) {}");
        Compilation c = Sources.compile(new AbiStructProcessor(recorder), src);
        assertThat(c).succeededWithoutWarnings();
        assertEquals(List.of("p.KvmDirtyTlb"), recorder.names());
        assertEquals("kvm_dirty_tlb", recorder.decls.get(0).cName());
        assertEquals("X86_64=16 I386=12 M68K=12", recorder.sizes(0));
    }

    @Test
    void everyProblemOfOneRecordIsReportedInOneCompile() {
        Recorder recorder = new Recorder();
        JavaFileObject src = Sources.of("Bad", "@AbiStruct", "record Bad(",
                "    String name,",
                "    int[] noLength,",
                "    @Align(3) int oddAlign,",
                "    @CName(\"odd_align\") int clash,",
                "    @Unsigned float f) {}");
        Compilation c = Sources.compile(new AbiStructProcessor(recorder), src);
        assertThat(c).hadErrorContaining("[AbiStructUnknownType]").inFile(src).onLineContaining("String name");
        assertThat(c).hadErrorContaining("[AbiStructMissingLength]").inFile(src).onLineContaining("noLength");
        assertThat(c).hadErrorContaining("[AbiStructBadAlign]").inFile(src).onLineContaining("oddAlign");
        assertThat(c).hadErrorContaining("[AbiStructDuplicateCName]").inFile(src).onLineContaining("clash");
        assertThat(c).hadErrorContaining("[AbiStructUnsignedNotInteger]").inFile(src).onLineContaining("float f");
        assertThat(c).hadErrorCount(5);
        assertEquals(List.of(), recorder.names());
    }

    @Test
    void validStructNextToInvalidOneStillCompiles() {
        Recorder recorder = new Recorder();
        JavaFileObject good = Sources.of("Good", "@AbiStruct", "record Good(int x, @Length(4) byte[] tag) {}");
        JavaFileObject bad = Sources.of("Bad", "@AbiStruct", "record Bad(Integer x) {}");
        Compilation c = Sources.compile(new AbiStructProcessor(recorder), good, bad);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[AbiStructBoxedType]").inFile(bad).onLineContaining("Integer x");
        assertEquals(List.of("p.Good"), recorder.names());
    }

    /** Generates {@code p.Gen}, an {@code @AbiStruct} record, in the first round. */
    @SupportedAnnotationTypes("*")
    private static final class GeneratingProcessor extends AbstractProcessor {
        private boolean done;

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer w = processingEnv.getFiler().createSourceFile("p.Gen").openWriter()) {
                    w.write("package p;\nimport org.abistruct.*;\n"
                            + "@AbiStruct(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)\n"
                            + "public record Gen(@Unsigned short a, @Pointer long p) {}\n");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        }
    }

    @Test
    void recordEmbeddingATypeGeneratedInALaterRoundWaitsForIt() {
        Recorder recorder = new Recorder();
        JavaFileObject host = Sources.of("Host", "@AbiStruct(abis = {Abi.X86_64, Abi.I386, Abi.M68K},",
                "    compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "record Host(int x, Gen g) {}");
        Compilation c = Compiler.javac()
                .withProcessors(new AbiStructProcessor(recorder), new GeneratingProcessor())
                .compile(host);
        assertThat(c).succeededWithoutWarnings();
        assertEquals(List.of("p.Gen", "p.Host"), recorder.names());
        assertEquals("X86_64=24 I386=12 M68K=10", recorder.sizes(1));
        assertEquals(Abi.values().length, recorder.layouts.get(0).size());
    }

    @Test
    void embeddedStructIsReadFromClassFiles(@TempDir Path dir) throws IOException {
        JavaFileObject inner = Sources.of("Inner", "@AbiStruct(abis = {Abi.X86_64, Abi.I386, Abi.M68K},",
                "    compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "public record Inner(@CName(\"first\") int a, @Unsigned long b) {}");
        Compilation first = Compiler.javac().compile(inner);
        assertThat(first).succeeded();
        for (JavaFileObject out : first.generatedFiles()) {
            if (out.getKind() == JavaFileObject.Kind.CLASS) {
                Path target = dir.resolve(out.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
                Files.createDirectories(target.getParent());
                try (InputStream in = out.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
        File annotations = new File(AbiStruct.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Recorder recorder = new Recorder();
        JavaFileObject outer = Sources.of("Outer", "@AbiStruct(abis = {Abi.X86_64, Abi.I386, Abi.M68K},",
                "    compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "record Outer(byte c, Inner in) {}");
        Compilation c = Compiler.javac().withProcessors(new AbiStructProcessor(recorder))
                .withClasspath(List.of(dir.toFile(), annotations)).compile(outer);
        assertThat(c).succeededWithoutWarnings();
        assertEquals(List.of("p.Outer"), recorder.names());
        assertEquals("X86_64=24 I386=16 M68K=14", recorder.sizes(0));
        StructDecl read = recorder.layouts.get(0).get(0).fields().get(1).nested().orElseThrow().decl();
        assertEquals("first", read.members().get(0).cName());
        assertEquals("uint64_t", ((org.abistruct.processor.model.Scalar) read.members().get(1).type())
                .kind().cType());
    }

    @Test
    void processorBugBecomesOneInternalErrorOnTheRecord() {
        List<String> generated = new ArrayList<>();
        AbiStructProcessor failing = new AbiStructProcessor(struct -> {
            if (struct.decl().cName().equals("boom")) {
                throw new IllegalStateException("generator exploded");
            }
            generated.add(struct.decl().cName());
            return List.of();
        });
        JavaFileObject boom = Sources.of("Boom", "@AbiStruct", "record Boom(int x) {}");
        JavaFileObject fine = Sources.of("Fine", "@AbiStruct", "record Fine(int x) {}");
        Compilation c = Sources.compile(failing, boom, fine);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[AbiStructInternalError]").inFile(boom)
                .onLineContaining("record Boom");
        assertThat(c).hadErrorContaining("java.lang.IllegalStateException: generator exploded");
        assertTrue(c.errors().stream().noneMatch(d -> d.getMessage(null).contains("uncaught exception")));
        assertEquals(List.of("fine"), generated);
    }

    @Test
    void failedWriteIsReported() {
        AbiStructProcessor writingTwice = new AbiStructProcessor(struct -> List.of(
                new GeneratedFile.JavaSource("p", TypeSpec.classBuilder("Twice")),
                new GeneratedFile.JavaSource("p", TypeSpec.classBuilder("Twice"))));
        JavaFileObject src = Sources.of("W", "@AbiStruct", "record W(int x) {}");
        assertThat(Sources.compile(writingTwice, src)).hadErrorContaining("[AbiStructWriteFailed]")
                .inFile(src).onLineContaining("record W");
    }

    @Test
    void registeredAsAServiceForItsAnnotationsAndTheLatestSource() {
        Processor p = ServiceLoader.load(Processor.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(s -> s instanceof AbiStructProcessor).findFirst().orElseThrow();
        assertEquals(Set.of("org.abistruct.AbiStruct", "org.abistruct.AbiUnion",
                "org.abistruct.Ioctl", "org.abistruct.Ioctl.List"),
                p.getSupportedAnnotationTypes());
        assertEquals(SourceVersion.latestSupported(), p.getSupportedSourceVersion());
    }
}
