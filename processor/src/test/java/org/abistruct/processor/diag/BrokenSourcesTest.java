package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.abistruct.processor.AbiStructProcessor;
import org.abistruct.testing.TestProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles hundreds of seeded random declarations, many of them broken ({@link RandomSources}),
 * in one javac run with the processor. Every error and warning must be abistruct's, with its
 * code, on a line of the file declaring the problem; none may be an internal error. The files
 * without errors (in packages whose defaults have none), compiled again on their own, must
 * compile with what was generated from them, with no lint or doclint warning in generated code;
 * their layouts must write every byte of a struct and refuse a buffer too small
 * ({@link GeneratedLayouts}), and their C headers compile with every ABI's GCC. Seed and count:
 * properties {@code abistruct.broken.seed} and {@code abistruct.broken.count}.
 */
class BrokenSourcesTest {
    private static final int DEFAULT_COUNT = 400;
    private static final long DEFAULT_SEED = 0xb40c_e2L;
    private static final Pattern CODED = Pattern.compile("^\\[AbiStruct[A-Za-z]+\\] ");

    private static long seed;
    private static List<JavaFileObject> files;
    private static Compilation all;
    private static Set<JavaFileObject> rejected;
    private static List<JavaFileObject> clean;
    private static Compilation valid;

    @BeforeAll
    static void compile() {
        int count = (int) TestProperties.number("abistruct.broken.count", DEFAULT_COUNT);
        seed = TestProperties.number("abistruct.broken.seed", DEFAULT_SEED);
        System.out.println("broken sources: seed " + seed + " (-Dabistruct.broken.seed=" + seed
                + " -Dabistruct.broken.count=" + count + " to repeat)");
        files = new ArrayList<>();
        for (RandomSources.Source source : RandomSources.generate(seed, count)) {
            files.add(JavaFileObjects.forSourceString(source.name(), source.text()));
        }
        all = compile(files);
        rejected = new HashSet<>();
        all.errors().forEach(d -> rejected.add(d.getSource()));
        clean = new ArrayList<>();
        for (JavaFileObject file : files) {
            if (!rejected.contains(file) && !rejected.contains(packageInfo(file))) {
                clean.add(file);
            }
        }
        valid = Compiler.javac().withProcessors(new AbiStructProcessor())
                .withOptions("-Xlint:all,-processing", "-Xdoclint:all,-missing").compile(clean);
        System.out.printf("broken sources: %d files, %d errors; %d files without errors,"
                + " compiled again without the rest%n", files.size(), all.errors().size(),
                clean.size());
    }

    @Test
    void everyProblemIsACodedDiagnosticOnItsInput() {
        List<String> wrong = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : all.diagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            boolean onAnInput = d.getSource() != null && files.contains(d.getSource())
                    && d.getLineNumber() > 0;
            if (d.getKind() != Diagnostic.Kind.NOTE && (!CODED.matcher(message).find()
                    || !onAnInput || message.contains("[AbiStructInternalError]"))) {
                wrong.add(d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " "
                        + message.lines().findFirst().orElse(""));
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())),
                wrong.size() + " diagnostics not coded on an input (seed " + seed + ")");
        assertTrue(rejected.size() > files.size() / 4, "too few broken files to test anything");
        assertTrue(clean.size() > files.size() / 10, "too few valid files to test anything");
    }

    @Test
    void filesWithoutErrorsCompileAloneAndTheirGeneratedCodeIsLintClean() {
        assertThat(valid).succeeded();
        List<String> generated = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : valid.diagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE && !files.contains(d.getSource())) {
                generated.add(d.toString());
            }
        }
        assertEquals(List.of(), generated, "lint or doclint in generated code");
    }

    @Test
    void theirLayoutsWriteEveryByteAndRefuseSmallBuffers() throws ReflectiveOperationException {
        List<String> failures = new ArrayList<>();
        GeneratedLayouts.Checked checked = new GeneratedLayouts(valid).check(seed, failures);
        assertTrue(checked.layouts() > clean.size(), checked.layouts() + " layouts");
        assertTrue(checked.large() < checked.layouts() / 10, checked.large() + " too large");
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
                failures.size() + " layouts failed (seed " + seed + ")");
        System.out.printf("broken sources: %d layouts written and read on their ABIs, %d of them"
                + " with flexible array elements, %d over %d bytes checked for bounds only%n",
                checked.layouts(), checked.flexible(), checked.large(), GeneratedLayouts.LARGE);
    }

    @Test
    void theirCHeadersCompileWithEveryAbisGcc(@TempDir Path dir) throws IOException {
        GeneratedHeaders headers = new GeneratedHeaders(valid, dir);
        assertTrue(headers.count() > clean.size() / 2, headers.count() + " headers");
        assertEquals("", headers.failures(), "C headers of seed " + seed);
        System.out.printf("broken sources: %d C headers compiled on %d ABIs%n", headers.count(),
                headers.abis());
    }

    /** The package-info of the package of {@code file}, one of {@link #files}. */
    private static JavaFileObject packageInfo(JavaFileObject file) {
        String path = file.toUri().getPath();
        String info = path.substring(0, path.lastIndexOf('/') + 1) + "package-info.java";
        return files.stream().filter(f -> f.toUri().getPath().equals(info)).findFirst()
                .orElseThrow();
    }

    private static Compilation compile(List<JavaFileObject> sources) {
        return Compiler.javac().withProcessors(new AbiStructProcessor())
                .withOptions("-Xmaxerrs", "100000", "-Xmaxwarns", "100000").compile(sources);
    }
}
