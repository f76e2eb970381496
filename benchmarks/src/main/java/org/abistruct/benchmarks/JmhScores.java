package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of one JMH CSV result file, by benchmark name without the package (secondary
 * results such as {@code -prof gc}'s as {@code Class.method:gc.alloc.rate.norm}), and the number
 * formats of the results tables.
 */
final class JmhScores {
    private static final String PREFIX = "org.abistruct.benchmarks.";
    private final Map<String, double[]> scores;

    private JmhScores(Map<String, double[]> scores) {
        this.scores = scores;
    }

    static JmhScores read(Path csv) throws IOException {
        Map<String, double[]> scores = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",");
            String name = cells[0].substring(PREFIX.length()).replace(":\u00b7", ":");
            scores.put(name, new double[] {
                Double.parseDouble(cells[4]), Double.parseDouble(cells[5])});
        }
        return new JmhScores(scores);
    }

    /** The fastest iterations {@link JmhRun} wrote, as scores without an interval. */
    static JmhScores readFastest(Path tsv) throws IOException {
        Map<String, double[]> scores = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            scores.put(cells[0].substring(PREFIX.length()),
                    new double[] {Double.parseDouble(cells[1]), Double.NaN});
        }
        return new JmhScores(scores);
    }

    /** The score of a benchmark, NaN when it did not run (JNA is native order only; JDK < 22). */
    double score(String benchmark) {
        double[] s = scores.get(benchmark);
        return s == null ? Double.NaN : s[0];
    }

    /** "score ± error", or "-" when the benchmark did not run. */
    String cell(String benchmark) {
        double[] s = scores.get(benchmark);
        if (s == null) {
            return "-";
        }
        return Double.isNaN(s[1]) ? number(s[0]) : number(s[0]) + " ± " + number(s[1]);
    }

    /** {@code a / b} as "1.23x", or "-" when either is missing. */
    static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%.2fx", a / b);
    }

    static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
