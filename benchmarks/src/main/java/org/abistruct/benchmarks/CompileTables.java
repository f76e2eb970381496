package org.abistruct.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.abistruct.Abi;
import org.abistruct.benchmarks.CompileBench.Figures;

/** The Markdown tables of {@link CompileBench}: medians of its compiles' figures, and ratios. */
final class CompileTables {
    private CompileTables() {
    }

    static String table(int[] sizes, Map<Integer, List<Figures>> plain,
            Map<Integer, List<Figures>> processor) {
        StringBuilder out = new StringBuilder();
        out.append("| records | files generated | javac alone | javac + processor | processor adds"
                + " | allocated, alone / with | peak heap used, alone / with"
                + " | max RSS, alone / with |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : sizes) {
            List<Figures> p = plain.get(size);
            List<Figures> q = processor.get(size);
            if (q == null) {
                out.append(String.format(Locale.ROOT,
                        "| %,d | not run | %s | not run | - | %s / - | %s / - | %s / - |%n",
                        size, seconds(p), mib(median(p, Figures::allocated)),
                        mib(median(p, Figures::peakHeap)),
                        mib(median(p, Figures::maxRssKib) * 1024)));
                continue;
            }
            out.append(String.format(Locale.ROOT,
                    "| %,d | %,d | %s | %s | %+.0f%% | %s / %s | %s / %s | %s / %s |%n",
                    size, q.get(0).generated(), seconds(p), seconds(q), added(q, p),
                    mib(median(p, Figures::allocated)), mib(median(q, Figures::allocated)),
                    mib(median(p, Figures::peakHeap)), mib(median(q, Figures::peakHeap)),
                    mib(median(p, Figures::maxRssKib) * 1024),
                    mib(median(q, Figures::maxRssKib) * 1024)));
        }
        for (int i = 1; i < sizes.length; i++) {
            out.append(String.format(Locale.ROOT,
                    "%n%,d records cost %.2fx the time of %,d with javac alone",
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
    static String split(int[] sizes, Map<Integer, List<Figures>> plain,
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
    static String ownWork(int[] sizes, Map<Integer, List<Figures>> plain,
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
            out.append(String.format(Locale.ROOT, "| %,d | %s | %s | %+.0f%% | %s |%n", size,
                    seconds(plain.get(size)), seconds(u), added(u, plain.get(size)),
                    mib(median(u, Figures::peakHeap))));
        }
        return out.toString();
    }

    /**
     * The same records with every ABI and with {@code abis} only, chosen by the package's
     * {@code @AbiDefaults(abis = ...)}; javac alone is the same for both.
     */
    static String narrow(int[] sizes, Map<Integer, List<Figures>> plain,
            Map<Integer, List<Figures>> processor, Map<Integer, List<Figures>> narrow,
            List<String> abis) {
        StringBuilder out = new StringBuilder();
        out.append("| records | ABIs | files generated | generated lines | javac alone"
                + " | javac + processor | processor adds |\n");
        out.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int size : sizes) {
            if (!narrow.containsKey(size)) {
                continue;
            }
            narrowRow(out, size, "all " + Abi.values().length, plain.get(size),
                    processor.get(size));
            narrowRow(out, size, String.join(", ", abis), plain.get(size), narrow.get(size));
        }
        return out.toString();
    }

    private static void narrowRow(StringBuilder out, int size, String abis, List<Figures> plain,
            List<Figures> with) {
        out.append(String.format(Locale.ROOT, "| %,d | %s | %,d | %,d | %s | %s | %+.0f%% |%n",
                size, abis, with.get(0).generated(), with.get(0).generatedLines(), seconds(plain),
                seconds(with), added(with, plain)));
    }

    /**
     * What javac alone pays for each cut-down form of the layout records, against the time the
     * target leaves the processor: half of javac's on the records.
     */
    static String cuts(int size, List<Figures> plain, List<Figures> output,
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
                + " the +50%% target leaves the processor and its output: %.1f s.%n",
                alone / 2000));
        return out.toString();
    }

    private static void cutRow(StringBuilder out, String what, List<Figures> runs, double alone) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %+.1f s |%n", what, seconds(runs),
                (median(runs, Figures::millis) - alone) / 1000));
    }

    /** How much longer the median of {@code runs} takes than that of {@code alone}, in %. */
    private static double added(List<Figures> runs, List<Figures> alone) {
        double base = median(alone, Figures::millis);
        return (median(runs, Figures::millis) - base) / base * 100;
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
