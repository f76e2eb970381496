package org.abistruct.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.abistruct.Abi;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.Unit;
import org.abistruct.importer.plan.ImportPlan;
import org.abistruct.importer.plan.IoctlPlan;
import org.abistruct.importer.plan.MacroPlanner;
import org.abistruct.importer.plan.Planner;
import org.abistruct.importer.plan.RecordPlan;
import org.abistruct.importer.read.HeaderProbe;
import org.abistruct.importer.read.MacroValues;
import org.abistruct.importer.read.Toolchain;
import org.abistruct.importer.read.ValueProbe;

/**
 * Imports C headers: reads what every ABI's GCC compiled of them, then plans the records,
 * ioctls and constants. Writing and verifying are separate steps on the returned plan.
 */
public final class Importer {
    private Importer() {}

    /** The plan of an import, and how its records cover the headers' structs. */
    public record Result(ImportPlan plan, Planner.Records coverage) {}

    public static Result plan(Options options) {
        Map<Abi, Toolchain> toolchains = new EnumMap<>(Abi.class);
        Map<Abi, String> missing = new EnumMap<>(Abi.class);
        for (Abi abi : Abi.values()) {
            Optional<Toolchain> found = Toolchain.find(abi, options.includes());
            if (found.isPresent()) {
                toolchains.put(abi, found.get());
            } else {
                missing.put(abi, "no GCC for " + abi + " (install " + abi.gccPackage() + ")");
            }
        }
        if (!toolchains.containsKey(options.abi())) {
            throw new ImportException(missing.get(options.abi()));
        }
        Map<Abi, Unit> units = read(toolchains, options.headers(), missing);
        if (!units.containsKey(options.abi())) {
            throw new ImportException("the headers do not compile on " + options.abi() + ": "
                    + missing.get(options.abi()));
        }
        Planner planner = new Planner(options.packageName(), options.abi(), units);
        Unit unit = units.get(options.abi());
        Planner.Records records = planner.records(options.headers(), options.structs(),
                MacroPlanner.argumentTags(unit.macros()));
        Map<String, ValueProbe.Value> values = MacroValues.evaluate(toolchains.get(options.abi()),
                options.headers(), unit.macros());
        Map<String, Long> tags = new HashMap<>();
        for (CStruct s : unit.structs().values()) {
            if (s.tag() != null && s.complete()) {
                tags.put(s.keyword() + " " + s.tag(), s.id());
            }
        }
        MacroPlanner.Planned macros = MacroPlanner.plan(options.headers(), unit.macros(), values,
                unit.enumConstants(), tags, records.records());
        List<RecordPlan> plans = new ArrayList<>();
        for (Map.Entry<Long, RecordPlan> e : records.records().entrySet()) {
            List<IoctlPlan> ioctls = macros.onRecords().getOrDefault(e.getKey(), List.of());
            plans.add(ioctls.isEmpty() ? e.getValue() : RecordPlan.withIoctls(e.getValue(), ioctls));
        }
        List<ImportPlan.Skipped> skipped = new ArrayList<>(records.skipped());
        skipped.addAll(macros.skipped());
        ImportPlan plan = new ImportPlan(options.packageName(), options.headers(), options.abi(),
                units.keySet(), missing, plans, macros.interfaces(), macros.constants(), skipped);
        return new Result(plan, records);
    }

    /** Each ABI's unit, in parallel; an ABI whose GCC refuses the headers goes to {@code missing}. */
    private static Map<Abi, Unit> read(Map<Abi, Toolchain> toolchains, List<String> headers,
                                       Map<Abi, String> missing) {
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            Map<Abi, Future<HeaderProbe.Outcome>> pending = new LinkedHashMap<>();
            for (Toolchain t : toolchains.values()) {
                pending.put(t.abi(), pool.submit(() -> HeaderProbe.read(t, headers)));
            }
            Map<Abi, Unit> units = new EnumMap<>(Abi.class);
            for (Map.Entry<Abi, Future<HeaderProbe.Outcome>> e : pending.entrySet()) {
                HeaderProbe.Outcome outcome = e.getValue().get();
                if (outcome.unit() != null) {
                    units.put(e.getKey(), outcome.unit());
                } else {
                    missing.put(e.getKey(), outcome.error());
                }
            }
            return units;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
