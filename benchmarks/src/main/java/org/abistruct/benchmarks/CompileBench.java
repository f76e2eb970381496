package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The processor benchmark: for each size, writes that many seeded {@code @AbiStruct} records,
 * then compiles them with javac alone, with javac plus the processor, and with javac alone on
 * them and what the processor generated, each compile in a fresh JVM ({@link CompileRun}) so
 * that its peak memory is its own, and writes Markdown tables of times, the processor's added
 * time and memory, how much of that time is compiling its output, what the processor's own work
 * costs with its output handed to javac empty ({@link UnreadSources}), and what javac pays for
 * cut-down forms of that output ({@link LayoutCuts}).
 *
 * <p>Arguments: comma-separated sizes, runs per size, work directory, Markdown file to write,
 * and the largest size compiled with the processor (larger sizes are compiled by javac alone,
 * when the machine has not the memory for them).
 * Extra JVM options for the compiling JVMs come from the system property
 * {@code abistruct.bench.compileJvmArgs} (space-separated).
 */
public final class CompileBench {
    static final long SEED = 20_500;
    /** The ABIs of the narrow record sets: the compat pair of the KVM examples. */
    private static final List<String> NARROW = List.of("X86_64", "I386");

    private CompileBench() {
    }

    /** One compile's figures, as {@link CompileRun} prints them. */
    record Figures(long millis, long allocated, long peakHeap, long maxRssKib, long generated,
                   long generatedLines) {
        static Figures parse(String line) {
            long[] v = Arrays.stream(line.substring("RESULT ".length()).trim().split(" "))
                    .mapToLong(Long::parseLong).toArray();
            return new Figures(v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int[] sizes = Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.parseInt(args[1]);
        Path work = Path.of(args[2]);
        int processorLimit = Integer.parseInt(args[4]);
        Map<Integer, List<Figures>> plain = new LinkedHashMap<>();
        Map<Integer, List<Figures>> processor = new LinkedHashMap<>();
        Map<Integer, List<Figures>> output = new LinkedHashMap<>();
        Map<Integer, List<Figures>> unread = new LinkedHashMap<>();
        Map<Integer, List<Figures>> narrow = new LinkedHashMap<>();
        int cutSize = cutSize(sizes, processorLimit);
        Map<LayoutCuts.Cut, List<Figures>> cuts = new EnumMap<>(LayoutCuts.Cut.class);
        for (int size : sizes) {
            Path sources = work.resolve("src-" + size);
            StructSources.write(sources, size, SEED);
            for (int run = 0; run < runs; run++) {
                String name = "out-" + size + "-" + run;
                plain.computeIfAbsent(size, k -> new ArrayList<>())
                        .add(compile(sources, "plain", work.resolve(name + "-plain"), null));
                if (size <= processorLimit) {
                    Path generatedBy = work.resolve(name + "-proc");
                    processor.computeIfAbsent(size, k -> new ArrayList<>())
                            .add(compile(sources, "processor", generatedBy, null));
                    output.computeIfAbsent(size, k -> new ArrayList<>()).add(compile(sources,
                            "output", work.resolve(name + "-output"),
                            generatedBy.resolve("generated")));
                    unread.computeIfAbsent(size, k -> new ArrayList<>()).add(compile(sources,
                            "unread", work.resolve(name + "-unread"), null));
                    if (size == cutSize) {
                        compileCuts(sources, generatedBy.resolve("generated"), work, cuts);
                    }
                    delete(generatedBy);
                }
            }
            if (size <= processorLimit) {
                Path few = work.resolve("src-" + size + "-narrow");
                StructSources.write(few, size, SEED, NARROW);
                for (int run = 0; run < runs; run++) {
                    narrow.computeIfAbsent(size, k -> new ArrayList<>()).add(compile(few,
                            "processor", work.resolve("out-" + size + "-" + run + "-narrow"), null));
                    delete(work.resolve("out-" + size + "-" + run + "-narrow"));
                }
            }
        }
        String table = CompileTables.table(sizes, plain, processor) + "\n"
                + CompileTables.split(sizes, plain, processor, output)
                + "\n" + CompileTables.ownWork(sizes, plain, unread)
                + "\n" + CompileTables.narrow(sizes, plain, processor, narrow, NARROW)
                + (cuts.isEmpty() ? ""
                        : "\n" + CompileTables.cuts(cutSize, plain.get(cutSize),
                                output.get(cutSize), cuts));
        Files.writeString(Path.of(args[3]), table, StandardCharsets.UTF_8);
        System.out.print(table);
    }

    /** The size whose output is cut down: the largest compiled with the processor, up to 1,000. */
    private static int cutSize(int[] sizes, int processorLimit) {
        int limit = Math.min(processorLimit, 1000);
        return Arrays.stream(sizes).filter(s -> s <= limit).max().orElse(-1);
    }

    /** javac alone on the records and each {@link LayoutCuts.Cut} of their layout records. */
    private static void compileCuts(Path sources, Path generated, Path work,
            Map<LayoutCuts.Cut, List<Figures>> cuts) throws IOException, InterruptedException {
        for (LayoutCuts.Cut cut : LayoutCuts.Cut.values()) {
            Path dir = work.resolve("cut-" + cut.name().toLowerCase(Locale.ROOT));
            LayoutCuts.write(generated, dir, cut);
            cuts.computeIfAbsent(cut, k -> new ArrayList<>())
                    .add(compile(sources, "output", work.resolve(dir.getFileName() + "-out"), dir));
            delete(dir);
        }
    }

    /**
     * One compile in a fresh JVM. {@code generated}, for the mode {@code output}, is the directory
     * of sources a processor compile wrote. The output is deleted afterwards, except a processor
     * compile's, which the caller deletes once it has compiled what was generated.
     */
    private static Figures compile(Path sources, String mode, Path out, Path generated)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>();
        String extra = System.getProperty("abistruct.bench.compileJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split(" +")));
        }
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Figures figures = CompileProcess.run(sources, mode, out, generated, options,
                TimeUnit.HOURS.toSeconds(1), log).orElseThrow(() -> new IllegalStateException(
                        mode + " compile of " + sources + " failed; its output is in " + log));
        Files.delete(log);
        if (!mode.equals("processor")) {
            delete(out);
        }
        System.out.printf(Locale.ROOT, "%s %s: %d ms, %d MiB allocated, %d MiB max RSS%n",
                sources.getFileName(), mode, figures.millis(), figures.allocated() >> 20,
                figures.maxRssKib() >> 10);
        return figures;
    }

    /** Removes a compile's output, thousands of files per size, if there is one. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
