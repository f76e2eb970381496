package org.abistruct.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One measured compile, alone in a fresh JVM: javac (in-process, through
 * {@link ToolProvider#getSystemJavaCompiler()}) on a directory of sources, with or without the
 * abistruct processor; prints one line of figures for {@link CompileBench}.
 *
 * <p>Arguments: source directory, mode, output directory, and for the mode {@code output} the
 * directory of sources a {@code processor} compile generated. The modes: {@code plain} (javac
 * alone), {@code processor} (javac and the processor) and {@code output} (javac alone on the
 * sources and what the processor generated from them: the cost of compiling its output, without
 * the processor's own work) and {@code unread} (javac and the processor, every source it
 * generates handed to javac empty: the processor's own work, {@link UnreadSources}).
 */
public final class CompileRun {
    private CompileRun() {
    }

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        boolean unread = args[1].equals("unread");
        boolean processor = unread || args[1].equals("processor");
        Path out = Path.of(args[2]);
        List<Path> files = new ArrayList<>(javaFiles(sources));
        if (args[1].equals("output")) {
            files.addAll(javaFiles(Path.of(args[3])));
        }
        String classPath = System.getProperty("java.class.path");
        List<String> options = new ArrayList<>(List.of("--release", "17",
                "-d", Files.createDirectories(out.resolve("classes")).toString(),
                "-s", Files.createDirectories(out.resolve("generated")).toString(),
                "-classpath", classPath, "-implicit:none", "-Xlint:none"));
        if (processor) {
            options.addAll(List.of("-processorpath", classPath,
                    "-processor", "org.abistruct.processor.AbiStructProcessor"));
        } else {
            options.add("-proc:none");
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        boolean ok;
        JavaFileManager manager;
        try (StandardJavaFileManager fm = javac.getStandardFileManager(
                diagnostics, null, StandardCharsets.UTF_8)) {
            manager = unread ? new UnreadSources(fm) : fm;
            ok = javac.getTask(null, manager, diagnostics, options, null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
        }
        long nanos = System.nanoTime() - start;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        if (!ok) {
            // The errors, not the notes every record gets.
            diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .limit(20).forEach(System.err::println);
            System.exit(1);
        }
        long generatedFiles;
        long lines;
        if (manager instanceof UnreadSources counted) {
            generatedFiles = counted.files();
            lines = counted.lines();
        } else {
            List<Path> generated = javaFiles(out.resolve("generated"));
            generatedFiles = generated.size();
            lines = 0;
            for (Path file : generated) {
                try (Stream<String> l = Files.lines(file, StandardCharsets.UTF_8)) {
                    lines += l.count();
                }
            }
        }
        System.out.printf("RESULT %d %d %d %d %d %d%n", nanos / 1_000_000, allocated,
                peakHeapUsed(), maxResidentKib(), generatedFiles, lines);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The sum of every heap pool's peak use since the JVM started. */
    private static long peakHeapUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The process's peak resident set (VmHWM), in KiB, or -1 where /proc is missing. */
    private static long maxResidentKib() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
