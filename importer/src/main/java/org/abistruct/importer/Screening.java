package org.abistruct.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.importer.plan.ImportPlan;
import org.abistruct.importer.plan.RecordPlan;
import org.abistruct.importer.verify.CompileCheck;
import org.abistruct.importer.write.SourceFiles;

/**
 * Drops from a plan the records javac or the processor refuses, each with the first error as
 * its reason, until the rest compiles: a record refused, then the records that embed it.
 */
final class Screening {
    private static final int ROUNDS = 8;

    private Screening() {}

    /** A plan whose sources compile, those sources, and what they compiled to (until closed). */
    record Screened(ImportPlan plan, Map<String, String> files, CompileCheck compiled)
            implements AutoCloseable {
        @Override
        public void close() {
            compiled.close();
        }
    }

    static Screened screen(ImportPlan plan) {
        ImportPlan current = plan;
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, String> files = SourceFiles.render(current);
            CompileCheck compiled = CompileCheck.of(current.packageName(), files);
            if (compiled.errors().isEmpty()) {
                return new Screened(current, files, compiled);
            }
            Map<String, String> errors = new HashMap<>(compiled.errors());
            compiled.close();
            List<RecordPlan> kept = new ArrayList<>();
            List<ImportPlan.Skipped> skipped = new ArrayList<>(current.skipped());
            for (RecordPlan r : current.records()) {
                String error = errors.remove(r.simpleName() + ".java");
                String name = (r.union() ? "union " : "struct ") + r.cName();
                if (error == null) {
                    kept.add(r);
                    continue;
                }
                skipped.add(new ImportPlan.Skipped(name, "the processor refuses its record: " + error));
                r.ioctls().forEach(i -> skipped.add(new ImportPlan.Skipped("ioctl " + i.name(),
                        "its argument, " + name + ", is not imported")));
            }
            if (!errors.isEmpty()) {
                throw new ImportException("the written sources would not compile: " + errors);
            }
            current = new ImportPlan(current.packageName(), current.headers(), current.primary(),
                    current.abis(), current.missing(), kept, current.interfaces(),
                    current.constants(), skipped);
        }
        throw new ImportException("records still refused after " + ROUNDS + " rounds");
    }
}
