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
 * Turns one JMH CSV result file of the access benchmarks into the Markdown tables of the results:
 * each operation's scores side by side and the ratios against the generated accessors.
 *
 * <p>Arguments: the JMH CSV file, the Markdown file to write.
 */
public final class AccessTables {
    private static final String PREFIX = "org.abistruct.benchmarks.";
    private final Map<String, double[]> scores;

    private AccessTables(Map<String, double[]> scores) {
        this.scores = scores;
    }

    public static void main(String[] args) throws IOException {
        Map<String, double[]> scores = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",");
            scores.put(cells[0].substring(PREFIX.length()), new double[] {
                Double.parseDouble(cells[4]), Double.parseDouble(cells[5])});
        }
        AccessTables tables = new AccessTables(scores);
        Files.writeString(Path.of(args[1]), "### Field access (ns/op, lower is better)\n\n"
                + tables.fieldTable() + "\n### Whole record (ns/op)\n\n" + tables.recordTable()
                + "\n### Diagnosis: the struct bounds check in a loop (ns/op)\n\n"
                + tables.boundsCheckTable(), StandardCharsets.UTF_8);
    }

    private String fieldTable() {
        StringBuilder out = new StringBuilder();
        out.append("| operation | generated | hand VarHandle | hand ByteBuffer | generated / best hand"
                + " | JNA read()/write() | JNA readField/writeField | MemorySegment |"
                + " JNA / generated | JNA field / generated | MemorySegment / generated |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        String[][] rows = {
            {"get all 4 fields", "getFields"},
            {"set all 4 fields", "setFields"},
            {"scan 1,088 entries, sum mas2", "scanMas2"},
        };
        for (String[] row : rows) {
            for (String order : new String[] {"Le", "Be"}) {
                String op = row[1] + order;
                double generated = score("GeneratedAccess." + op);
                double hand = Math.min(score("HandVarHandleAccess." + op), score("HandBufferAccess." + op));
                out.append("| ").append(row[0]).append(order.equals("Le") ? ", X86_64 (LE)" : ", PPC32 (BE)")
                        .append(" | ").append(cell("GeneratedAccess." + op))
                        .append(" | ").append(cell("HandVarHandleAccess." + op))
                        .append(" | ").append(cell("HandBufferAccess." + op))
                        .append(" | ").append(ratio(generated, hand))
                        .append(" | ").append(cell("JnaAccess." + op))
                        .append(" | ").append(cell("JnaAccess." + op + "ByField"))
                        .append(" | ").append(cell("SegmentAccess." + op))
                        .append(" | ").append(ratio(score("JnaAccess." + op), generated))
                        .append(" | ").append(ratio(score("JnaAccess." + op + "ByField"), generated))
                        .append(" | ").append(ratio(score("SegmentAccess." + op), generated))
                        .append(" |\n");
            }
        }
        for (String order : new String[] {"Le", "Be"}) {
            String op = "scanMas2" + order;
            double hand = Math.min(score("HandVarHandleAccess." + op), score("HandBufferAccess." + op));
            out.append("| the scan, generated accessor at offset i * SIZE instead of elementOffset")
                    .append(order.equals("Le") ? ", X86_64 (LE)" : ", PPC32 (BE)")
                    .append(" | ").append(cell("GeneratedAccess." + op + "ByOffset"))
                    .append(" | | | ").append(ratio(score("GeneratedAccess." + op + "ByOffset"), hand))
                    .append(" | | | | | | |\n");
        }
        return out.toString();
    }

    private String recordTable() {
        StringBuilder out = new StringBuilder();
        out.append("| operation | generated | hand VarHandle | hand ByteBuffer | generated / best hand"
                + " | JNA | MemorySegment | JNA / generated | MemorySegment / generated |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String op : new String[] {"readRecord", "writeRecord"}) {
            for (String order : new String[] {"Le", "Be"}) {
                String name = op + order;
                double generated = score("GeneratedAccess." + name);
                double hand = Math.min(score("HandVarHandleAccess." + name), score("HandBufferAccess." + name));
                out.append("| ").append(op.equals("readRecord") ? "memory -> record" : "record -> memory")
                        .append(order.equals("Le") ? ", X86_64 (LE)" : ", PPC32 (BE)")
                        .append(" | ").append(cell("GeneratedAccess." + name))
                        .append(" | ").append(cell("HandVarHandleAccess." + name))
                        .append(" | ").append(cell("HandBufferAccess." + name))
                        .append(" | ").append(ratio(generated, hand))
                        .append(" | ").append(cell("JnaAccess." + name))
                        .append(" | ").append(cell("SegmentAccess." + name))
                        .append(" | ").append(ratio(score("JnaAccess." + name), generated))
                        .append(" | ").append(ratio(score("SegmentAccess." + name), generated))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private String boundsCheckTable() {
        StringBuilder out = new StringBuilder();
        out.append("| scan of 1,088 entries, hand VarHandle | no struct check | checkFromIndexSize"
                + " (as generated) | checkIndex | checkFromIndexSize / none | checkIndex / none |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (String order : new String[] {"Le", "Be"}) {
            double none = score("ScanBoundsCheck.scanNoCheck" + order);
            out.append("| ").append(order.equals("Le") ? "little-endian" : "big-endian")
                    .append(" | ").append(cell("ScanBoundsCheck.scanNoCheck" + order))
                    .append(" | ").append(cell("ScanBoundsCheck.scanCheckFromIndexSize" + order))
                    .append(" | ").append(cell("ScanBoundsCheck.scanCheckIndex" + order))
                    .append(" | ").append(ratio(score("ScanBoundsCheck.scanCheckFromIndexSize" + order), none))
                    .append(" | ").append(ratio(score("ScanBoundsCheck.scanCheckIndex" + order), none))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The score of a benchmark, NaN when it did not run (JNA is native order only; JDK < 22). */
    private double score(String benchmark) {
        double[] s = scores.get(benchmark);
        return s == null ? Double.NaN : s[0];
    }

    private String cell(String benchmark) {
        double[] s = scores.get(benchmark);
        if (s == null) {
            return "-";
        }
        return Double.isNaN(s[1]) ? number(s[0]) : number(s[0]) + " ± " + number(s[1]);
    }

    /** {@code a / b} as "1.23x", or "-" when either is missing. */
    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%.2fx", a / b);
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
