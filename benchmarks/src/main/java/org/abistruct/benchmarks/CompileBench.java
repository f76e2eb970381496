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
import java.util.function.ToLongFunction;
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
    private static final long SEED = 20_500;
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
                            "output", work.resolve(name + "-output"), generatedBy.resolve("generated")));
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
        String table = table(sizes, plain, processor) + "\n" + split(sizes, plain, processor, output)
                + "\n" + ownWork(sizes, plain, unread)
                + "\n" + narrow(sizes, plain, processor, narrow)
                + (cuts.isEmpty() ? ""
                        : "\n" + cuts(cutSize, plain.get(cutSize), output.get(cutSize), cuts));
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
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String extra = System.getProperty("abistruct.bench.compileJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split(" +")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                CompileRun.class.getName(), sources.toString(), mode, out.toString()));
        if (generated != null) {
            command.add(generated.toString());
        }
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(mode + " compile of " + sources + " failed: " + output);
        }
        String line = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result from " + command));
        Figures figures = Figures.parse(line);
        if (!mode.equals("processor")) { // its generated sources are compiled next
            delete(out);
        }
        System.out.printf(Locale.ROOT, "%s %s: %d ms, %d MiB allocated, %d MiB max RSS%n",
                sources.getFileName(), mode, figures.millis(), figures.allocated() >> 20,
                figures.maxRssKib() >> 10);
        return figures;
    }

    /** Removes a compile's output: thousands of files per size. */
    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String table(int[] sizes, Map<Integer, List<Figures>> plain,
            Map<Integer, List<Figures>> processor) {
        StringBuilder out = new StringBuilder();
        out.append("| records | files generated | javac alone | javac + processor | processor adds"
                + " | allocated, alone / with | peak heap used, alone / with | max RSS, alone / with |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : sizes) {
            List<Figures> p = plain.get(size);
            List<Figures> q = processor.get(size);
            if (q == null) {
                out.append(String.format(Locale.ROOT,
                        "| %,d | not run | %s | not run | - | %s / - | %s / - | %s / - |%n",
                        size, seconds(p), mib(median(p, Figures::allocated)),
                        mib(median(p, Figures::peakHeap)), mib(median(p, Figures::maxRssKib) * 1024)));
                continue;
            }
            double alone = median(p, Figures::millis);
            double with = median(q, Figures::millis);
            out.append(String.format(Locale.ROOT,
                    "| %,d | %,d | %s | %s | %+.0f%% | %s / %s | %s / %s | %s / %s |%n",
                    size, q.get(0).generated(), seconds(p), seconds(q), (with - alone) / alone * 100,
                    mib(median(p, Figures::allocated)), mib(median(q, Figures::allocated)),
                    mib(median(p, Figures::peakHeap)), mib(median(q, Figures::peakHeap)),
                    mib(median(p, Figures::maxRssKib) * 1024), mib(median(q, Figures::maxRssKib) * 1024)));
        }
        for (int i = 1; i < sizes.length; i++) {
            out.append(String.format(Locale.ROOT, "%n%,d records cost %.2fx the time of %,d with javac alone",
                    sizes[i], median(plain.get(sizes[i]), Figures::millis)
                            / median(plain.get(sizes[i - 1]), Figures::millis), sizes[i - 1]));
            if (processor.containsKey(sizes[i])) {
                out.append(String.format(Locale.ROOT, ", %.2fx with the processor",
                        median(processor.get(sizes[i]), Figures::millis)
                                / median(processor.get(sizes[i - 1]), Figures::millis)));
            }
            out.append(".\n");
        }
        return out.toString();
    }

    /**
     * Where the processor's time goes: compiling what it generated (javac alone on the records and
     * the generated sources) and the rest, its own work with javac's rounds around it.
     */
    private static String split(int[] sizes, Map<Integer, List<Figures>> plain,
            Map<Integer, List<Figures>> processor, Map<Integer, List<Figures>> output) {
        StringBuilder out = new StringBuilder();
        out.append("| records | generated lines | javac alone | javac alone on records + generated"
                + " sources | javac + processor | compiling the output / javac alone"
                + " | the rest: the processor and its rounds |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : sizes) {
            List<Figures> o = output.get(size);
            if (o == null) {
                continue;
            }
            double alone = median(plain.get(size), Figures::millis);
            double compiled = median(o, Figures::millis);
            double with = median(processor.get(size), Figures::millis);
            out.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %.1fx | %.1f s |%n",
                    size, processor.get(size).get(0).generatedLines(), seconds(plain.get(size)),
                    seconds(o), seconds(processor.get(size)), compiled / alone,
                    (with - compiled) / 1000));
        }
        return out.toString();
    }

    /**
     * The processor's own work: javac and the processor, with every source it generates handed
     * to javac empty ({@link UnreadSources}), against javac alone. No form of output that needs
     * the same reading, checking and laying out can cost less.
     */
    private static String ownWork(int[] sizes, Map<Integer, List<Figures>> plain,
            Map<Integer, List<Figures>> unread) {
        StringBuilder out = new StringBuilder();
        out.append("| records | javac alone | javac + processor, its Java sources written but"
                + " handed to javac empty | the processor's own work adds | peak heap used |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : sizes) {
            List<Figures> u = unread.get(size);
            if (u == null) {
                continue;
            }
            double alone = median(plain.get(size), Figures::millis);
            out.append(String.format(Locale.ROOT, "| %,d | %s | %s | %+.0f%% | %s |%n", size,
                    seconds(plain.get(size)), seconds(u),
                    (median(u, Figures::millis) - alone) / alone * 100,
                    mib(median(u, Figures::peakHeap))));
        }
        return out.toString();
    }

    /**
     * The same records with every ABI and with {@link #NARROW} only, chosen by the package's
     * {@code @AbiDefaults(abis = ...)}; javac alone is the same for both.
     */
    private static String narrow(int[] sizes, Map<Integer, List<Figures>> plain,
            Map<Integer, List<Figures>> processor, Map<Integer, List<Figures>> narrow) {
        StringBuilder out = new StringBuilder();
        out.append("| records | ABIs | files generated | generated lines | javac alone"
                + " | javac + processor | processor adds |\n");
        out.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : sizes) {
            if (!narrow.containsKey(size)) {
                continue;
            }
            narrowRow(out, size, "all 14", plain.get(size), processor.get(size));
            narrowRow(out, size, String.join(", ", NARROW), plain.get(size), narrow.get(size));
        }
        return out.toString();
    }

    private static void narrowRow(StringBuilder out, int size, String abis, List<Figures> plain,
            List<Figures> with) {
        double alone = median(plain, Figures::millis);
        out.append(String.format(Locale.ROOT, "| %,d | %s | %,d | %,d | %s | %s | %+.0f%% |%n",
                size, abis, with.get(0).generated(), with.get(0).generatedLines(), seconds(plain),
                seconds(with), (median(with, Figures::millis) - alone) / alone * 100));
    }

    /**
     * What javac alone pays for each cut-down form of the layout records, against the time the
     * target leaves the processor: half of javac's on the records.
     */
    private static String cuts(int size, List<Figures> plain, List<Figures> output,
            Map<LayoutCuts.Cut, List<Figures>> cuts) {
        double alone = median(plain, Figures::millis);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| the %,d records and, for each | javac alone"
                + " | over the records alone |%n| --- | ---: | ---: |%n", size));
        out.append(String.format(Locale.ROOT, "| nothing more | %s | - |%n", seconds(plain)));
        cuts.forEach((cut, runs) -> cutRow(out, cut.description, runs, alone));
        cutRow(out, "the layout record and the compat class as generated (all the processor"
                + " writes)", output, alone);
        out.append(String.format(Locale.ROOT, "%nHalf of javac's time on the records, all that"
                + " the +50%% target leaves the processor and its output: %.1f s.%n", alone / 2000));
        return out.toString();
    }

    private static void cutRow(StringBuilder out, String what, List<Figures> runs, double alone) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %+.1f s |%n", what, seconds(runs),
                (median(runs, Figures::millis) - alone) / 1000));
    }

    /** Median seconds with the range when there are several runs, e.g. "12.3 s (12.1-12.9)". */
    private static String seconds(List<Figures> runs) {
        double median = median(runs, Figures::millis) / 1000;
        if (runs.size() == 1) {
            return String.format(Locale.ROOT, "%.1f s", median);
        }
        long min = runs.stream().mapToLong(Figures::millis).min().orElseThrow();
        long max = runs.stream().mapToLong(Figures::millis).max().orElseThrow();
        return String.format(Locale.ROOT, "%.1f s (%.1f-%.1f)", median, min / 1000.0, max / 1000.0);
    }

    private static double median(List<Figures> runs, ToLongFunction<Figures> f) {
        long[] v = runs.stream().mapToLong(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    private static String mib(double bytes) {
        return bytes >= 10L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (1L << 30))
                : String.format(Locale.ROOT, "%,.0f MiB", bytes / (1 << 20));
    }
}
