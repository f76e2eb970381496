package org.abistruct.importer.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.abistruct.Abi;
import org.abistruct.importer.ImportException;
import org.abistruct.importer.plan.Declarations;
import org.abistruct.importer.plan.ImportPlan;
import org.abistruct.importer.plan.MacroPlanner;
import org.abistruct.importer.plan.RecordPlan;
import org.abistruct.importer.read.HeaderProbe;
import org.abistruct.importer.read.TempFiles;
import org.abistruct.importer.read.Toolchain;
import org.abistruct.processor.model.IoctlInterface;
import org.abistruct.processor.plan.OutputPaths;
import org.abistruct.processor.read.SnakeCase;

/**
 * Proves an import: compiles the written records with javac and the processor, then, with the
 * GCC of every ABI the headers compile on, compiles the original headers followed by each
 * generated header in assert-only mode, which asserts every size, alignment, offset and ioctl
 * number of the ABI against the definitions in scope.
 */
public final class Verifier {
    private static final Pattern HEADER_ERROR = Pattern.compile(
            "abistruct/(\\w+)\\.h:\\d+:\\d+: error: (.*)");

    private Verifier() {}

    /** Compiles the sources of {@code plan}'s package under {@code out}, then checks them. */
    public static Report verify(ImportPlan plan, Path out, List<String> headers, List<Path> includes) {
        Path dir = out.resolve(plan.packageName().replace('.', '/'));
        Path work = null;
        try (Stream<Path> listed = Files.list(dir)) {
            List<Path> sources = listed.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            work = Files.createTempDirectory("abistruct-verify");
            Path classes = Files.createDirectories(work.resolve("classes"));
            return check(plan, classes, JavaCompile.compile(sources, classes), headers, includes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFiles.delete(work);
        }
    }

    /**
     * Checks the C headers the processor wrote under {@code classes} with every ABI's GCC;
     * {@code javac} is what compiling them reported.
     */
    public static Report check(ImportPlan plan, Path classes, List<JavaCompile.Error> javac,
                               List<String> headers, List<Path> includes) {
        Path work = null;
        try {
            work = Files.createTempDirectory("abistruct-verify");
            Map<Abi, Map<String, String>> failures = new EnumMap<>(Abi.class);
            Map<Abi, Integer> checked = new EnumMap<>(Abi.class);
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
            try {
                Map<Abi, Future<Map<String, String>>> pending = new LinkedHashMap<>();
                Map<Abi, Map<String, String>> absent = new EnumMap<>(Abi.class);
                for (Abi abi : plan.abis()) {
                    List<String> included = included(plan, abi);
                    checked.put(abi, included.size());
                    Map<String, String> missing = new TreeMap<>();
                    for (String header : included) {
                        if (!Files.exists(classes.resolve(header))) {
                            missing.put(header.substring("abistruct/".length(), header.length() - 2),
                                    "the processor wrote no header");
                        }
                    }
                    absent.put(abi, missing);
                    Path source = work.resolve("verify-" + abi.name().toLowerCase() + ".c");
                    Files.writeString(source, HeaderProbe.source(headers) + "#include <linux/ioctl.h>\n"
                            + "#define ABISTRUCT_ASSERT_ONLY\n"
                            + included.stream().filter(h -> Files.exists(classes.resolve(h)))
                                    .map(h -> "#include \"" + h + "\"\n").reduce("", String::concat));
                    Toolchain toolchain = Toolchain.find(abi, includes).orElseThrow();
                    pending.put(abi, pool.submit(() -> compile(toolchain, source, classes)));
                }
                for (Map.Entry<Abi, Future<Map<String, String>>> e : pending.entrySet()) {
                    Map<String, String> failed = new TreeMap<>(e.getValue().get());
                    failed.putAll(absent.get(e.getKey()));
                    failures.put(e.getKey(), failed);
                }
            } catch (ExecutionException e) {
                throw new ImportException("verification failed to run: " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportException("interrupted");
            } finally {
                pool.shutdownNow();
            }
            return new Report(plan, javac, checked, failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFiles.delete(work);
        }
    }

    /**
     * The generated headers to check on {@code abi}, as the processor names them: its records'
     * and the ioctl interfaces'.
     */
    private static List<String> included(ImportPlan plan, Abi abi) {
        List<String> out = new ArrayList<>();
        for (RecordPlan r : plan.records()) {
            if (r.abis().contains(abi)) {
                out.add(OutputPaths.header(Declarations.of(plan.packageName(), r)));
            }
        }
        for (String name : plan.interfaces().keySet()) {
            out.add(OutputPaths.ioctlsHeader(new IoctlInterface(plan.packageName(), List.of(name),
                    SnakeCase.of(name), List.of())));
        }
        return out;
    }

    /** The first error GCC reports in each generated header, by header name. */
    private static Map<String, String> compile(Toolchain toolchain, Path source, Path classes) {
        Toolchain.Result result = toolchain.gcc(source, List.of("-std=gnu11", "-fsyntax-only",
                "-I", classes.toString()));
        Map<String, String> failed = new TreeMap<>();
        Matcher m = HEADER_ERROR.matcher(result.err());
        while (m.find()) {
            failed.putIfAbsent(m.group(1), m.group(2));
        }
        if (result.exit() != 0 && failed.isEmpty()) {
            failed.put("(headers)", result.firstError());
        }
        return failed;
    }

    /** What javac and every ABI's GCC said. */
    public record Report(ImportPlan plan, List<JavaCompile.Error> javac, Map<Abi, Integer> checked,
                         Map<Abi, Map<String, String>> failures) {
        public boolean clean() {
            return javac.isEmpty() && failures.values().stream().allMatch(Map::isEmpty);
        }

        public void print(java.io.PrintStream out) {
            out.println("javac and the abistruct processor: " + (javac.isEmpty() ? "no errors"
                    : javac.size() + " errors"));
            for (JavaCompile.Error e : javac) {
                out.println("  " + e.file() + ":" + e.line() + ": " + e.message().lines().findFirst().orElse(""));
            }
            out.printf("%-9s %8s %8s%n", "ABI", "headers", "failed");
            for (Map.Entry<Abi, Integer> e : checked.entrySet()) {
                Map<String, String> failed = failures.getOrDefault(e.getKey(), Map.of());
                out.printf("%-9s %8d %8d%n", e.getKey(), e.getValue(), failed.size());
                for (Map.Entry<String, String> f : failed.entrySet()) {
                    out.println("  " + f.getKey() + ".h: " + f.getValue());
                }
            }
        }
    }
}
