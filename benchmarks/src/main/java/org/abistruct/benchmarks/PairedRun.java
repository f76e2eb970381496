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
 * turns every round. A round's ratios are the generated fork's fastest and median iterations
 * over the faster hand-written fork's. Load that comes and goes over minutes then touches both
 * sides of a ratio alike, where a run of all forks of one benchmark before the next lets it fall
 * on one side; within a fork, interference only adds time, so its fastest iteration is the least
 * disturbed.
 *
 * <p>Arguments: the Markdown file to write (each fork's figures go beside it, in
 * {@code <name>-rounds.tsv}), the number of rounds, warmup and measurement iterations, and one
 * iteration's time in milliseconds.
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
        int count = Integer.parseInt(args[1]);
        PairedRun run = new PairedRun(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                TimeValue.milliseconds(Long.parseLong(args[4])));
        Map<String, List<Round>> rounds = new LinkedHashMap<>();
        StringBuilder raw = new StringBuilder("round\tbenchmark\tmedian\tfastest\n");
        for (int round = 0; round < count; round++) {
            for (String[] operation : OPERATIONS) {
                for (String order : new String[] {"Le", "Be"}) {
                    String op = operation[1] + order;
                    rounds.computeIfAbsent(op, k -> new ArrayList<>())
                            .add(run.round(op, round, raw));
                }
            }
            System.out.printf(Locale.ROOT, "paired: round %d of %d done%n", round + 1, count);
        }
        Files.writeString(Path.of(args[0]), table(rounds), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[0].replaceFirst("\\.md$", "") + "-rounds.tsv"), raw,
                StandardCharsets.UTF_8);
    }

    /**
     * One round of {@code op}: the generated fork's median and fastest iterations, and the
     * faster hand-written fork's; each fork's line is added to {@code raw}.
     */
    private Round round(String op, int round, StringBuilder raw) throws IOException {
        double[][] forks = new double[IMPLEMENTATIONS.length][];
        for (int i = 0; i < IMPLEMENTATIONS.length; i++) {
            int which = (i + round) % IMPLEMENTATIONS.length;
            String benchmark = IMPLEMENTATIONS[which] + "." + op;
            forks[which] = fork(benchmark);
            raw.append(String.format(Locale.ROOT, "%d\t%s\t%.4f\t%.4f%n", round + 1, benchmark,
                    forks[which][0], forks[which][1]));
        }
        return new Round(forks[0][0], forks[0][1], Math.min(forks[1][0], forks[2][0]),
                Math.min(forks[1][1], forks[2][1]));
    }

    /** One round of an operation: medians and fastest iterations, generated and best hand. */
    private record Round(double generatedMedian, double generatedFastest, double handMedian,
                         double handFastest) {
        double medianRatio() {
            return generatedMedian / handMedian;
        }

        double fastestRatio() {
            return generatedFastest / handFastest;
        }
    }

    /** The median and the fastest measured iteration of one fork of {@code benchmark}. */
    private double[] fork(String benchmark) throws IOException {
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
        return new double[] {RoundStats.median(scores), RoundStats.min(scores)};
    }

    private static String table(Map<String, List<Round>> rounds) {
        StringBuilder out = new StringBuilder();
        out.append("| operation | rounds | on fastest iterations: median of rounds"
                + " | its 95% interval | rounds within 1.05x | on median iterations:"
                + " median of rounds | its 95% interval | fastest iteration of all rounds |\n");
        out.append("| --- | ---: | ---: | --- | ---: | ---: | --- | ---: |\n");
        for (String[] operation : OPERATIONS) {
            for (String order : new String[] {"Le", "Be"}) {
                List<Double> medians = new ArrayList<>();
                List<Double> fastest = new ArrayList<>();
                double generated = Double.POSITIVE_INFINITY;
                double hand = Double.POSITIVE_INFINITY;
                for (Round round : rounds.get(operation[1] + order)) {
                    medians.add(round.medianRatio());
                    fastest.add(round.fastestRatio());
                    generated = Math.min(generated, round.generatedFastest());
                    hand = Math.min(hand, round.handFastest());
                }
                long within = fastest.stream().filter(x -> x <= 1.05).count();
                out.append(String.format(Locale.ROOT,
                        "| %s, %s | %d | %.3fx | %s | %d | %.3fx | %s | %.3fx |%n",
                        operation[0], order.equals("Le") ? "X86_64 (LE)" : "PPC32 (BE)",
                        fastest.size(), RoundStats.median(fastest), interval(fastest), within,
                        RoundStats.median(medians), interval(medians), generated / hand));
            }
        }
        return out.toString();
    }

    private static String interval(List<Double> ratios) {
        double[] i = RoundStats.medianInterval(ratios);
        return String.format(Locale.ROOT, "%.3fx to %.3fx (%.1f%%)", i[0], i[1], i[2] * 100);
    }
}
