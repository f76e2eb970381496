package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.abistruct.benchmarks.CompileBench.Figures;

/**
 * The smallest heap each kind of compile completes in, at one size of seeded records: javac
 * alone on them, javac and the processor, the processor's own work with its output handed to
 * javac empty ({@link UnreadSources}), and javac alone on the records and that output. The peak
 * heap of {@link CompileBench} is what a JVM with the default heap let grow before collecting;
 * this is what a compile needs.
 *
 * <p>Arguments: size, work directory, Markdown file to write. A probe is a compile in a fresh
 * JVM with {@code -Xmx<n>m -XX:+ExitOnOutOfMemoryError}. It fits unless it runs out of memory or
 * takes over four times as long as with the default heap (time spent collecting). The search
 * halves the range between 16 MiB and the default-heap compile's peak until the range is
 * within a tenth of its top or 16 MiB.
 */
public final class HeapSearch {
    private static final int FLOOR_MIB = 16;
    private static final int MAX_MIB = 1 << 16;
    private static final List<String> MODES = List.of("plain", "processor", "unread", "output");
    private static final List<String> LABELS = List.of("javac alone on the records",
            "javac + processor", "javac + processor, output unread",
            "javac alone on the records + the processor's output");

    private HeapSearch() {
    }

    /** One mode's answer: it fits in {@code fitsMib}, not in {@code failsMib} (0: not tried). */
    private record Answer(Figures defaultHeap, int fitsMib, int failsMib, Figures smallest) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int size = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Path sources = work.resolve("src-" + size);
        StructSources.write(sources, size, CompileBench.SEED);
        Path generated = work.resolve("default-processor").resolve("generated");
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "### The smallest heap a compile of %,d records completes in%n%n", size));
        table.append("| compile | peak heap used, default heap | completes in | runs out in "
                + "| time, default heap | time, smallest heap |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < MODES.size(); i++) {
            String mode = MODES.get(i);
            Answer answer = search(sources, mode, work, mode.equals("output") ? generated : null);
            table.append(String.format(Locale.ROOT, "| %s | %,d MiB | %,d MiB | %s | %.1f s "
                    + "| %.1f s |%n", LABELS.get(i), answer.defaultHeap().peakHeap() >> 20,
                    answer.fitsMib(), answer.failsMib() == 0 ? "-"
                            : String.format(Locale.ROOT, "%,d MiB", answer.failsMib()),
                    answer.defaultHeap().millis() / 1000.0, answer.smallest().millis() / 1000.0));
        }
        CompileBench.delete(generated.getParent());
        Files.writeString(Path.of(args[2]), table, StandardCharsets.UTF_8);
        System.out.print(table);
    }

    private static Answer search(Path sources, String mode, Path work, Path generated)
            throws IOException, InterruptedException {
        Figures free = probe(sources, mode, work, generated, List.of(), 3600).orElseThrow(
                () -> new IllegalStateException(mode + " compile failed with the default heap"));
        long timeout = 4 * free.millis() / 1000 + 30;
        int fails = 0;
        int fits = roundUp((int) (free.peakHeap() >> 20));
        Optional<Figures> top = probe(sources, mode, work, generated, heap(fits), timeout);
        while (top.isEmpty()) {
            if (fits >= MAX_MIB) {
                throw new IllegalStateException(mode + " compile fits in no heap up to "
                        + MAX_MIB + " MiB, though it did in the default heap");
            }
            fails = fits;
            fits *= 2;
            top = probe(sources, mode, work, generated, heap(fits), timeout);
        }
        Figures smallest = top.get();
        int low = Math.max(fails, FLOOR_MIB);
        while (fits - low > Math.max(FLOOR_MIB, fits / 10)) {
            int mid = roundUp((low + fits) / 2);
            if (mid >= fits) {
                break;
            }
            Optional<Figures> f = probe(sources, mode, work, generated, heap(mid), timeout);
            if (f.isPresent()) {
                fits = mid;
                smallest = f.get();
            } else {
                fails = mid;
                low = mid;
            }
        }
        return new Answer(free, fits, fails, smallest);
    }

    private static List<String> heap(int mib) {
        return List.of("-Xmx" + mib + "m", "-XX:+ExitOnOutOfMemoryError");
    }

    private static int roundUp(int mib) {
        return Math.max(FLOOR_MIB, (mib + FLOOR_MIB - 1) / FLOOR_MIB * FLOOR_MIB);
    }

    /**
     * One compile. The default-heap processor compile's output stays for the mode
     * {@code output}; every other output is deleted.
     */
    private static Optional<Figures> probe(Path sources, String mode, Path work, Path generated,
            List<String> options, long timeoutSeconds) throws IOException, InterruptedException {
        boolean keep = mode.equals("processor") && options.isEmpty();
        Path out = work.resolve(keep ? "default-processor" : "probe");
        Optional<Figures> figures = CompileProcess.run(sources, mode, out, generated, options,
                timeoutSeconds, work.resolve("probe.log"));
        System.out.printf(Locale.ROOT, "%s %s: %s%n", mode,
                options.isEmpty() ? "default heap" : options.get(0),
                figures.map(f -> f.millis() + " ms").orElse("does not fit"));
        if (!keep) {
            CompileBench.delete(out);
        }
        return figures;
    }
}
