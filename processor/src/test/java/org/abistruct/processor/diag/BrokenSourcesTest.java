package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
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
import org.junit.jupiter.api.Test;

/**
 * Compiles hundreds of seeded random declarations, many of them broken ({@link RandomSources}),
 * in one javac run with the processor. Every error and warning must be abistruct's, with its
 * code, on a line of the file declaring the problem; none may be an internal error; and the
 * files without errors (in packages whose defaults have none), compiled again on their own,
 * must compile with what was generated from them. Seed and count: properties
 * {@code abistruct.broken.seed} and {@code abistruct.broken.count}.
 */
class BrokenSourcesTest {
    private static final int DEFAULT_COUNT = 400;
    private static final long DEFAULT_SEED = 0xb40c_e2L;
    private static final Pattern CODED = Pattern.compile("^\\[AbiStruct[A-Za-z]+\\] ");

    @Test
    void everyProblemIsACodedDiagnosticAndTheRestCompiles() {
        int count = (int) TestProperties.number("abistruct.broken.count", DEFAULT_COUNT);
        long seed = TestProperties.number("abistruct.broken.seed", DEFAULT_SEED);
        System.out.println("broken sources: seed " + seed + " (-Dabistruct.broken.seed=" + seed
                + " -Dabistruct.broken.count=" + count + " to repeat)");
        List<JavaFileObject> files = new ArrayList<>();
        for (RandomSources.Source source : RandomSources.generate(seed, count)) {
            files.add(JavaFileObjects.forSourceString(source.name(), source.text()));
        }
        Compilation all = compile(files);
        Set<JavaFileObject> rejected = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        int errors = 0;
        for (Diagnostic<? extends JavaFileObject> d : all.diagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            String message = d.getMessage(Locale.ROOT);
            boolean onAnInput = d.getSource() != null && files.contains(d.getSource())
                    && d.getLineNumber() > 0;
            if (!CODED.matcher(message).find() || !onAnInput
                    || message.contains("[AbiStructInternalError]")) {
                wrong.add(d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " "
                        + message.lines().findFirst().orElse(""));
            }
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors++;
                rejected.add(d.getSource());
            }
        }
        System.out.printf("broken sources: %d files, %d errors, %d files without errors%n",
                files.size(), errors, files.size() - rejected.size());
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " diagnostics not coded on an input (seed " + seed + "):\n"
                    + String.join("\n", wrong.subList(0, Math.min(10, wrong.size()))));
        }
        List<JavaFileObject> clean = new ArrayList<>();
        for (JavaFileObject file : files) {
            if (!rejected.contains(file) && !rejected.contains(packageInfo(files, file))) {
                clean.add(file);
            }
        }
        assertTrue(rejected.size() > files.size() / 4, "too few broken files to test anything");
        assertTrue(clean.size() > files.size() / 10, "too few valid files to test anything");
        System.out.printf("broken sources: %d files compiled again without the rest%n",
                clean.size());
        Compilation valid = compile(clean);
        assertThat(valid).succeeded();
        assertEquals(0, valid.errors().size());
    }

    /** The package-info of the package of {@code file}, one of {@code files}. */
    private static JavaFileObject packageInfo(List<JavaFileObject> files, JavaFileObject file) {
        String path = file.toUri().getPath();
        String info = path.substring(0, path.lastIndexOf('/') + 1) + "package-info.java";
        return files.stream().filter(f -> f.toUri().getPath().equals(info)).findFirst()
                .orElseThrow();
    }

    private static Compilation compile(List<JavaFileObject> files) {
        return Compiler.javac().withProcessors(new AbiStructProcessor())
                .withOptions("-Xmaxerrs", "100000", "-Xmaxwarns", "100000").compile(files);
    }
}
