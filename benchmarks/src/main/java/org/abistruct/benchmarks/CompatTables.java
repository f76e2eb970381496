package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the JMH CSV result file of the compat benchmarks (run with {@code -prof gc}) into the
 * Markdown tables of the results: the bulk copies, each converter's bandwidth against the fastest
 * bulk copy of the same source bytes, and the diagnosis variants.
 *
 * <p>Arguments: the JMH CSV file, the Markdown file to write.
 */
public final class CompatTables {
    private static final String ALLOCATED = ":gc.alloc.rate.norm";
    private static final String[][] COPIES = {
        {"ByteBuffer put(int, ByteBuffer, int, int)", "CompatConvert.copy%dAbsolute"},
        {"ByteBuffer put(ByteBuffer)", "CompatConvert.copy%dRelative"},
        {"MemorySegment.copy", "CompatSegmentCopy.copy%d"},
    };
    private final JmhScores scores;

    private CompatTables(JmhScores scores) {
        this.scores = scores;
    }

    public static void main(String[] args) throws IOException {
        CompatTables tables = new CompatTables(JmhScores.read(Path.of(args[0])));
        Files.writeString(Path.of(args[1]), "### Bulk copies of the source bytes (ns/op)\n\n"
                + tables.copyTable() + "\n### Compat converters (source bytes per second)\n\n"
                + tables.converterTable() + "\n### Diagnosis: the converter's shape (ns/op)\n\n"
                + tables.variantTable(), StandardCharsets.UTF_8);
    }

    private String copyTable() {
        StringBuilder out = new StringBuilder("| bytes copied |");
        for (String[] copy : COPIES) {
            out.append(' ').append(copy[0]).append(" |");
        }
        out.append(" fastest |\n| --- | ---: | ---: | ---: | --- |\n");
        for (int bits : new int[] {32, 64}) {
            out.append("| ").append(bytesLabel(bits)).append(" |");
            for (String[] copy : COPIES) {
                out.append(' ').append(scores.cell(String.format(Locale.ROOT, copy[1], bits))).append(" |");
            }
            int fastest = fastestCopy(bits);
            out.append(' ').append(fastest < 0 ? "-" : COPIES[fastest][0] + ", "
                    + bandwidth(bytes(bits), bulk(bits))).append(" |\n");
        }
        return out.toString();
    }

    private String converterTable() {
        StringBuilder out = new StringBuilder("| conversion, 1,088 elements | source bytes"
                + " | generated, ns/op | generated, source bytes/s | fastest bulk copy of them"
                + " | generated / bulk copy, bandwidth"
                + " | allocated |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        String[][] rows = {
            {"I386 -> X86_64 (12 -> 16 bytes, member by member)", "i386ToX86_64", "32"},
            {"X86_64 -> I386 (16 -> 12 bytes, member by member)", "x86_64ToI386", "64"},
            {"PPC32 -> PPC64 (16 bytes, identical layouts)", "ppc32ToPpc64", "64"},
        };
        for (String[] row : rows) {
            String name = "CompatConvert." + row[1];
            int bits = Integer.parseInt(row[2]);
            double ns = scores.score(name);
            out.append("| ").append(row[0])
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", bytes(bits)))
                    .append(" | ").append(scores.cell(name))
                    .append(" | ").append(bandwidth(bytes(bits), ns))
                    .append(" | ").append(bandwidth(bytes(bits), bulk(bits)))
                    .append(" | ").append(JmhScores.ratio(bulk(bits), ns))
                    .append(" | ").append(allocated(name))
                    .append(" |\n");
        }
        return out.toString();
    }

    private String variantTable() {
        StringBuilder out = new StringBuilder("| converter loop | ns/op | source bytes/s"
                + " | / fastest bulk copy | speed-up over generated |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
        String[][] rows = {
            {"I386 -> X86_64, generated", "CompatConvert.i386ToX86_64", "32"},
            {"I386 -> X86_64, padding zeroed by one int store", "CompatVariants.i386ToX86_64ZeroInt", "32"},
            {"I386 -> X86_64, one 12-byte bulk put per element", "CompatVariants.i386ToX86_64OneCopy", "32"},
            {"I386 -> X86_64, scalar VarHandle loads and stores", "CompatVariants.i386ToX86_64Scalar", "32"},
            {"I386 -> X86_64, scalar, num_dirty and padding as one long", "CompatVariants.i386ToX86_64Widen", "32"},
            {"X86_64 -> I386, generated", "CompatConvert.x86_64ToI386", "64"},
            {"X86_64 -> I386, one 12-byte bulk put per element", "CompatVariants.x86_64ToI386OneCopy", "64"},
            {"X86_64 -> I386, scalar VarHandle loads and stores", "CompatVariants.x86_64ToI386Scalar", "64"},
            {"X86_64 -> I386, two elements as three 8-byte stores", "CompatVariants.x86_64ToI386Paired", "64"},
        };
        for (String[] row : rows) {
            int bits = Integer.parseInt(row[2]);
            double ns = scores.score(row[1]);
            String generated = bits == 32 ? "CompatConvert.i386ToX86_64" : "CompatConvert.x86_64ToI386";
            out.append("| ").append(row[0])
                    .append(" | ").append(scores.cell(row[1]))
                    .append(" | ").append(bandwidth(bytes(bits), ns))
                    .append(" | ").append(JmhScores.ratio(bulk(bits), ns))
                    .append(" | ").append(JmhScores.ratio(scores.score(generated), ns))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The index in {@link #COPIES} of the fastest copy of the {@code bits}-bit array, or -1. */
    private int fastestCopy(int bits) {
        int fastest = -1;
        for (int i = 0; i < COPIES.length; i++) {
            double ns = scores.score(String.format(Locale.ROOT, COPIES[i][1], bits));
            if (!Double.isNaN(ns) && (fastest < 0 || ns < scores.score(
                    String.format(Locale.ROOT, COPIES[fastest][1], bits)))) {
                fastest = i;
            }
        }
        return fastest;
    }

    /** The fastest bulk copy's score for the {@code bits}-bit array, NaN if none ran. */
    private double bulk(int bits) {
        int fastest = fastestCopy(bits);
        return fastest < 0 ? Double.NaN
                : scores.score(String.format(Locale.ROOT, COPIES[fastest][1], bits));
    }

    private String allocated(String benchmark) {
        double bytes = scores.score(benchmark + ALLOCATED);
        return Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%.2f B/op", bytes);
    }

    private static int bytes(int bits) {
        return bits == 32 ? CompatMemory.BYTES_32 : CompatMemory.BYTES_64;
    }

    private static String bytesLabel(int bits) {
        return String.format(Locale.ROOT, "%,d (the %s array)", bytes(bits),
                bits == 32 ? "I386" : "X86_64 and PPC64");
    }

    /** {@code bytes} per {@code ns} nanoseconds, in GB/s (10^9 bytes per second). */
    private static String bandwidth(int bytes, double ns) {
        return Double.isNaN(ns) ? "-" : String.format(Locale.ROOT, "%.1f GB/s", bytes / ns);
    }
}
