package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns one JMH CSV result file of the access benchmarks into the Markdown tables of the results:
 * each operation's scores side by side and the ratios against the generated accessors, and the
 * same comparisons on each benchmark's fastest iteration ({@link JmhRun}).
 *
 * <p>Arguments: the JMH CSV file, the fastest iterations' file, the Markdown file to write.
 */
public final class AccessTables {
    private final JmhScores scores;

    private AccessTables(JmhScores scores) {
        this.scores = scores;
    }

    public static void main(String[] args) throws IOException {
        AccessTables tables = new AccessTables(JmhScores.read(Path.of(args[0])));
        AccessTables fastest = new AccessTables(JmhScores.readFastest(Path.of(args[1])));
        Files.writeString(Path.of(args[2]), "### Field access (ns/op, lower is better)\n\n"
                + tables.fieldTable() + "\n### Whole record (ns/op)\n\n" + tables.recordTable()
                + "\n### The same, on each benchmark's fastest iteration (ns/op)\n\n"
                + fastest.fastestTable()
                + "\n### Diagnosis: the struct bounds check in a loop (ns/op)\n\n"
                + tables.boundsCheckTable()
                + "\n### Diagnosis: the struct bounds check on one entry (ns/op)\n\n"
                + tables.entryCheckTable(),
                StandardCharsets.UTF_8);
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
                againstHand(out, row[0], op, order)
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
                againstHand(out, op.equals("readRecord") ? "memory -> record" : "record -> memory",
                        name, order)
                        .append(" | ").append(cell("JnaAccess." + name))
                        .append(" | ").append(cell("SegmentAccess." + name))
                        .append(" | ").append(ratio(score("JnaAccess." + name), generated))
                        .append(" | ").append(ratio(score("SegmentAccess." + name), generated))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    /** Generated against hand-written code per operation, on scores without intervals. */
    private String fastestTable() {
        StringBuilder out = new StringBuilder("| operation | generated | hand VarHandle"
                + " | hand ByteBuffer | generated / best hand |\n| --- | ---: | ---: | ---: | ---: |\n");
        String[][] rows = {
            {"get all 4 fields", "getFields"},
            {"set all 4 fields", "setFields"},
            {"scan 1,088 entries, sum mas2", "scanMas2"},
            {"memory -> record", "readRecord"},
            {"record -> memory", "writeRecord"},
        };
        for (String[] row : rows) {
            for (String order : new String[] {"Le", "Be"}) {
                againstHand(out, row[0], row[1] + order, order).append(" |\n");
            }
        }
        return out.toString();
    }

    /**
     * Appends a row's start: the operation and ABI, the generated and both hand-written
     * scores, and generated over the faster hand-written one.
     */
    private StringBuilder againstHand(StringBuilder out, String label, String op, String order) {
        double hand = Math.min(score("HandVarHandleAccess." + op), score("HandBufferAccess." + op));
        return out.append("| ").append(label)
                .append(order.equals("Le") ? ", X86_64 (LE)" : ", PPC32 (BE)")
                .append(" | ").append(cell("GeneratedAccess." + op))
                .append(" | ").append(cell("HandVarHandleAccess." + op))
                .append(" | ").append(cell("HandBufferAccess." + op))
                .append(" | ").append(ratio(score("GeneratedAccess." + op), hand));
    }

    private String boundsCheckTable() {
        String scan = "ScanBoundsCheck.scan";
        return byOrderTable("| scan of 1,088 entries, hand VarHandle | no struct check"
                        + " | checkFromIndexSize (generated before) | checkIndex (generated now)"
                        + " | checkFromIndexSize / none | checkIndex / none |\n",
                new String[] {scan + "NoCheck", scan + "CheckFromIndexSize", scan + "CheckIndex"},
                new String[][] {{scan + "CheckFromIndexSize", scan + "NoCheck"},
                        {scan + "CheckIndex", scan + "NoCheck"}});
    }

    private String entryCheckTable() {
        String none = "HandVarHandleAccess.getFields";
        String checked = "HandVarHandleAccess.getFieldsChecked";
        String generated = "GeneratedAccess.getFields";
        return byOrderTable("| get all 4 fields of one entry | hand VarHandle, no struct check"
                        + " | hand VarHandle + checkIndex | generated | checked / unchecked"
                        + " | generated / checked |\n",
                new String[] {none, checked, generated},
                new String[][] {{checked, none}, {generated, checked}});
    }

    /**
     * A row per byte order: the scores of {@code columns}, then each ratio of two of them, every
     * benchmark named without its {@code Le} or {@code Be} suffix.
     */
    private String byOrderTable(String header, String[] columns, String[][] ratios) {
        StringBuilder out = new StringBuilder(header).append("| --- |")
                .append(" ---: |".repeat(columns.length + ratios.length)).append('\n');
        for (String order : new String[] {"Le", "Be"}) {
            out.append("| ").append(order.equals("Le") ? "little-endian" : "big-endian");
            for (String column : columns) {
                out.append(" | ").append(cell(column + order));
            }
            for (String[] ratio : ratios) {
                out.append(" | ").append(ratio(score(ratio[0] + order), score(ratio[1] + order)));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    private double score(String benchmark) {
        return scores.score(benchmark);
    }

    private String cell(String benchmark) {
        return scores.cell(benchmark);
    }

    private static String ratio(double a, double b) {
        return JmhScores.ratio(a, b);
    }
}
