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
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One measured compile, alone in a fresh JVM: javac (in-process, through
 * {@link ToolProvider#getSystemJavaCompiler()}) on a directory of sources, with or without the
 * abistruct processor; prints one line of figures for {@link CompileBench}.
 *
 * <p>Arguments: source directory, {@code plain} or {@code processor}, output directory.
 */
public final class CompileRun {
    private CompileRun() {
    }

    public static void main(String[] args) throws IOException {
        Path sources = Path.of(args[0]);
        boolean processor = args[1].equals("processor");
        Path out = Path.of(args[2]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
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
        try (StandardJavaFileManager fm = javac.getStandardFileManager(
                diagnostics, null, StandardCharsets.UTF_8)) {
            ok = javac.getTask(null, fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
        }
        long nanos = System.nanoTime() - start;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        if (!ok) {
            diagnostics.getDiagnostics().stream().limit(20).forEach(System.err::println);
            System.exit(1);
        }
        long generated;
        try (Stream<Path> walk = Files.walk(out.resolve("generated"))) {
            generated = walk.filter(p -> p.toString().endsWith(".java")).count();
        }
        System.out.printf("RESULT %d %d %d %d %d%n", nanos / 1_000_000, allocated,
                peakHeapUsed(), maxResidentKib(), generated);
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
