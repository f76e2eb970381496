package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The access comparisons in rounds: each round runs, for every operation, the generated accessor
 * and both hand-written ones one after the other, each in a fork of its own, in an order that
 * turns every round. A round's ratio is the generated fork's median iteration over the faster
 * hand-written fork's. Load that comes and goes over minutes then touches both sides of a ratio
 * alike, where a run of all forks of one benchmark before the next lets it fall on one side.
 *
 * <p>Arguments: the Markdown file to write, the number of rounds, warmup and measurement
 * iterations, and one iteration's time in milliseconds.
 */
public final class PairedRun {
    private static final String[] IMPLEMENTATIONS = {
        "GeneratedAccess", "HandVarHandleAccess", "HandBufferAccess"};
    private static final String[][] OPERATIONS = {
        {"get all 4 fields", "getFields"},
        {"set all 4 fields", "setFields"},
        {"memory -> record", "readRecord"},
        {"record -> memory", "writeRecord"},
        {"scan 1,088 entries, sum mas2", "scanMas2"},
    };

    private final int warmups;
    private final int iterations;
    private final TimeValue time;

    private PairedRun(int warmups, int iterations, TimeValue time) {
        this.warmups = warmups;
        this.iterations = iterations;
        this.time = time;
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[1]);
        PairedRun run = new PairedRun(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                TimeValue.milliseconds(Long.parseLong(args[4])));
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String[] operation : OPERATIONS) {
                for (String order : new String[] {"Le", "Be"}) {
                    String op = operation[1] + order;
                    ratios.computeIfAbsent(op, k -> new ArrayList<>()).add(run.ratio(op, round));
                }
            }
            System.out.printf(Locale.ROOT, "paired: round %d of %d done%n", round + 1, rounds);
        }
        Files.writeString(Path.of(args[0]), table(ratios), StandardCharsets.UTF_8);
    }

    /** One round of {@code op}: the generated median over the faster hand-written median. */
    private double ratio(String op, int round) throws IOException {
        double[] medians = new double[IMPLEMENTATIONS.length];
        for (int i = 0; i < IMPLEMENTATIONS.length; i++) {
            int which = (i + round) % IMPLEMENTATIONS.length;
            medians[which] = median(IMPLEMENTATIONS[which] + "." + op);
        }
        return medians[0] / Math.min(medians[1], medians[2]);
    }

    /** The median measured iteration of one fork of {@code benchmark}. */
    private double median(String benchmark) throws IOException {
        OptionsBuilder options = new OptionsBuilder();
        options.include("^" + PairedRun.class.getPackageName().replace(".", "\\.") + "\\."
                + benchmark.replace(".", "\\.") + "$");
        options.forks(1).warmupIterations(warmups).warmupTime(time)
                .measurementIterations(iterations).measurementTime(time).shouldFailOnError(true);
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IOException("JMH failed on " + benchmark + ": " + e.getMessage(), e);
        }
        List<Double> scores = new ArrayList<>();
        for (RunResult result : results) {
            result.getBenchmarkResults().forEach(fork -> {
                for (IterationResult iteration : fork.getIterationResults()) {
                    scores.add(iteration.getPrimaryResult().getScore());
                }
            });
        }
        if (scores.isEmpty()) {
            throw new IOException(benchmark + " measured nothing");
        }
        return RoundStats.median(scores);
    }

    private static String table(Map<String, List<Double>> ratios) {
        StringBuilder out = new StringBuilder();
        out.append("| operation | rounds | generated / best hand, median of rounds"
                + " | 95% interval of that median | rounds within 1.05x | fewest, most |\n");
        out.append("| --- | ---: | ---: | --- | ---: | --- |\n");
        for (String[] operation : OPERATIONS) {
            for (String order : new String[] {"Le", "Be"}) {
                List<Double> r = ratios.get(operation[1] + order);
                double[] interval = RoundStats.medianInterval(r);
                long within = r.stream().filter(x -> x <= 1.05).count();
                out.append(String.format(Locale.ROOT,
                        "| %s, %s | %d | %.3fx | %.3fx to %.3fx (%.1f%%) | %d | %.3fx, %.3fx |%n",
                        operation[0], order.equals("Le") ? "X86_64 (LE)" : "PPC32 (BE)", r.size(),
                        RoundStats.median(r), interval[0], interval[1], interval[2] * 100, within,
                        RoundStats.min(r), RoundStats.max(r)));
            }
        }
        return out.toString();
    }
}
