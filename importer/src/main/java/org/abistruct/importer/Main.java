package org.abistruct.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.importer.plan.ImportPlan;
import org.abistruct.importer.plan.Planner;
import org.abistruct.importer.verify.Verifier;
import org.abistruct.importer.write.OutputTree;

/**
 * The {@code import.sh} command: imports C headers as {@code @AbiStruct} records, and with
 * {@code --verify} proves them against every ABI's GCC.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command; 0 when everything imported was written (and verified). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        try {
            Options options = Options.parse(args);
            OutputTree.check(options.out());
            long start = System.nanoTime();
            Importer.Result result = Importer.plan(options);
            try (Screening.Screened screened = Screening.screen(result.plan())) {
                ImportPlan plan = screened.plan();
                List<Path> removed = OutputTree.write(options.out(), plan.packageName(), screened.files());
                Summary.print(out, plan, result.coverage(), screened.files().size(), seconds(start));
                for (Path p : removed) {
                    out.println("  removed " + p + ", which an earlier import wrote");
                }
                if (!options.verify()) {
                    return 0;
                }
                long verifyStart = System.nanoTime();
                Verifier.Report report = Verifier.check(plan, screened.compiled().classes(), List.of(),
                        options.headers(), options.includes());
                report.print(out);
                out.printf("verified in %.1f s (import and verify: %.1f s)%n", seconds(verifyStart),
                        seconds(start));
                return report.clean() ? 0 : 1;
            }
        } catch (ImportException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Prints what an import planned and skipped. */
    static final class Summary {
        private Summary() {}

        static void print(PrintStream out, ImportPlan plan, Planner.Records coverage,
                          int files, double seconds) {
            out.printf("imported %s with %s's GCC in %.1f s: %d records, %d ioctl interfaces, "
                            + "%d constants classes (%d files)%n", String.join(" ", plan.headers()),
                    plan.primary(), seconds, plan.records().size(), plan.interfaces().size(),
                    plan.constants().size(), files);
            out.println("headers compile on " + plan.abis().size() + " ABIs: " + plan.abis());
            long onRecords = plan.records().stream().mapToLong(r -> r.ioctls().size()).sum();
            long onInterfaces = plan.interfaces().values().stream().mapToLong(List::size).sum();
            long ioctlsSkipped = plan.skipped().stream().filter(k -> k.name().startsWith("ioctl ")).count();
            out.printf("ioctls: %d on records, %d on interfaces, %d skipped%n", onRecords,
                    onInterfaces, ioctlsSkipped);
            for (Map.Entry<Abi, String> e : plan.missing().entrySet()) {
                out.println("  not on " + e.getKey() + ": " + e.getValue());
            }
            List<String> macros = new ArrayList<>();
            for (ImportPlan.Skipped s : plan.skipped()) {
                if (s.name().startsWith("macro ")) {
                    macros.add(s.name().substring("macro ".length()));
                } else {
                    out.println("  skipped " + s.name() + ": " + s.reason());
                }
            }
            if (!macros.isEmpty()) {
                out.println("  skipped " + macros.size() + " macros that are not integer constants: "
                        + String.join(" ", macros));
            }
            long imported = plan.records().stream().filter(r -> plan.headers().contains(r.header())).count();
            out.printf("structs and unions of the headers: %d, imported %d (%.1f%%); with what they"
                            + " embed and the ioctls take: %d records%n", coverage.selected(), imported,
                    coverage.selected() == 0 ? 100.0 : 100.0 * imported / coverage.selected(),
                    plan.records().size());
            Map<Set<Abi>, List<String>> byAbis = new LinkedHashMap<>();
            coverage.differs().forEach((name, abis) -> byAbis.computeIfAbsent(abis, k -> new ArrayList<>()).add(name));
            byAbis.forEach((abis, names) -> out.println("  declared differently on " + abis
                    + " (import with --abi for those): " + String.join(", ", names)));
            for (Map.Entry<String, Map<Abi, String>> e : coverage.leftOut().entrySet()) {
                for (Map.Entry<Abi, String> abi : e.getValue().entrySet()) {
                    out.println("  " + e.getKey() + " left out on " + abi.getKey() + ": " + abi.getValue());
                }
            }
        }
    }
}
