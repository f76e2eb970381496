package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH as {@code org.openjdk.jmh.Main} does, then writes each benchmark's fastest measured
 * iteration, over all forks, to a tab-separated file (a benchmark that measured none is left
 * out). On a machine shared with other work, interference only adds time, so the fastest
 * iteration is the least disturbed one.
 *
 * <p>Arguments: the file to write, then JMH's own command line.
 */
public final class JmhRun {
    private JmhRun() {
    }

    public static void main(String[] args) throws IOException {
        String[] jmhArgs = new String[args.length - 1];
        System.arraycopy(args, 1, jmhArgs, 0, jmhArgs.length);
        StringBuilder out = new StringBuilder("benchmark\tfastest\titerations\n");
        for (RunResult run : run(jmhArgs)) {
            double fastest = Double.POSITIVE_INFINITY;
            int iterations = 0;
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    fastest = Math.min(fastest, iteration.getPrimaryResult().getScore());
                    iterations++;
                }
            }
            if (iterations == 0) {
                continue;
            }
            out.append(run.getParams().getBenchmark()).append('\t')
                    .append(String.format(Locale.ROOT, "%.4f", fastest)).append('\t')
                    .append(iterations).append('\n');
        }
        Files.writeString(Path.of(args[0]), out, StandardCharsets.UTF_8);
    }

    private static Iterable<RunResult> run(String[] jmhArgs) throws IOException {
        try {
            return new Runner(new CommandLineOptions(jmhArgs)).run();
        } catch (RunnerException | CommandLineOptionException e) {
            throw new IOException("JMH failed: " + e.getMessage(), e);
        }
    }
}
