package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.abistruct.Abi;
import org.abistruct.processor.AbiStructProcessor;
import org.abistruct.testing.CompileResult;
import org.abistruct.testing.CrossCompiler;
import org.abistruct.testing.TestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles hundreds of seeded random declarations, many of them broken ({@link RandomSources}),
 * in one javac run with the processor. Every error and warning must be abistruct's, with its
 * code, on a line of the file declaring the problem; none may be an internal error; and the
 * files without errors (in packages whose defaults have none), compiled again on their own,
 * must compile with what was generated from them, and their C headers with every ABI's GCC.
 * Seed and count: properties
 * {@code abistruct.broken.seed} and {@code abistruct.broken.count}.
 */
class BrokenSourcesTest {
    private static final int DEFAULT_COUNT = 400;
    private static final long DEFAULT_SEED = 0xb40c_e2L;
    private static final Pattern CODED = Pattern.compile("^\\[AbiStruct[A-Za-z]+\\] ");
    private static final Pattern LAYOUT_ABI = Pattern.compile("\"abi\": \"(\\w+)\"");

    @TempDir
    Path dir;

    @Test
    void everyProblemIsACodedDiagnosticAndTheRestCompiles() throws IOException {
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
        assertHeadersCompile(valid, seed);
    }

    /**
     * The C headers {@code valid} generated, each included on every ABI its JSON report lays it
     * out for (an interface's, which has none, on all), compile with that ABI's GCC without a
     * warning: every asserted size, offset and ioctl number holds.
     */
    private void assertHeadersCompile(Compilation valid, long seed) throws IOException {
        Map<String, String> resources = new TreeMap<>();
        for (JavaFileObject file : valid.generatedFiles()) {
            String path = file.toUri().getPath();
            int at = path.indexOf("/abistruct/");
            if (file.getKind() == JavaFileObject.Kind.OTHER && at >= 0) {
                resources.put(path.substring(at + 1), file.getCharContent(true).toString());
            }
        }
        Map<Abi, StringBuilder> includes = new EnumMap<>(Abi.class);
        int headers = 0;
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            String path = resource.getKey();
            if (!path.endsWith(".h")) {
                continue;
            }
            headers++;
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, resource.getValue());
            String json = resources.get(path.replaceFirst("\\.h$", ".json"));
            for (Abi abi : json == null ? EnumSet.allOf(Abi.class) : laidOutFor(json)) {
                includes.computeIfAbsent(abi, a -> new StringBuilder())
                        .append("#include \"").append(path).append("\"\n");
            }
        }
        List<String> flags = List.of("-std=c11", "-ffreestanding", "-fsyntax-only", "-Wall",
                "-Wextra", "-Wundef", "-pedantic", "-Werror", "-I" + dir);
        StringBuilder failures = new StringBuilder();
        for (Map.Entry<Abi, StringBuilder> entry : includes.entrySet()) {
            CompileResult result = CrossCompiler.require(entry.getKey())
                    .run(flags, entry.getValue().toString());
            if (!result.ok()) {
                failures.append("\n== ").append(entry.getKey()).append(": ")
                        .append(result.stderr(), 0, Math.min(4000, result.stderr().length()));
            }
        }
        System.out.printf("broken sources: %d C headers compiled on %d ABIs%n", headers,
                includes.size());
        assertEquals("", failures.toString(), "C headers of seed " + seed);
    }

    /** The ABIs of the {@code layouts} of a JSON report. */
    private static Set<Abi> laidOutFor(String json) {
        Set<Abi> abis = EnumSet.noneOf(Abi.class);
        Matcher m = LAYOUT_ABI.matcher(json);
        while (m.find()) {
            abis.add(Abi.valueOf(m.group(1)));
        }
        assertTrue(!abis.isEmpty(), "no layout in " + json);
        return abis;
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
