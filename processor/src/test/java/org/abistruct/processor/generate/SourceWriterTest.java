package org.abistruct.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.abistruct.processor.generate.Decls.member;
import static org.abistruct.processor.generate.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.abistruct.Abi;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.Test;

/** {@link SourceWriter} writes through the Filer exactly the text of the generated file. */
class SourceWriterTest {
    private static List<JavaFile> files() {
        Decls decls = Decls.create();
        StructDecl decl = decls.declare("Pair", "pair", false, List.of(Abi.ARM),
                member("a", "a", scalar(ScalarKind.UINT8)),
                member("b", "b", scalar(ScalarKind.INT32)));
        return AccessorGenerator.generate(new LaidOutStruct(decl, decls.layouts(decl), List.of()));
    }

    /** Writes every file once, attributed to the record {@code p.Pair}. */
    private static final class Writing extends AbstractProcessor {
        private boolean done;

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
                SourceWriter writer = new SourceWriter(processingEnv.getFiler());
                try {
                    for (JavaFile file : files()) {
                        writer.write(file, pair);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void writesTheGeneratedTextThroughTheFiler() throws IOException {
        Compilation compilation = Compiler.javac()
                .withProcessors(new Writing())
                .compile(JavaFileObjects.forSourceString("p.Pair",
                        "package p;\n\npublic record Pair(byte a, int b) {}\n"));
        assertThat(compilation).succeededWithoutWarnings();
        for (JavaFile file : files()) {
            String name = file.packageName() + "." + file.typeSpec().name();
            assertEquals(file.toString(), compilation.generatedSourceFile(name).orElseThrow()
                    .getCharContent(false).toString());
        }
    }
}
