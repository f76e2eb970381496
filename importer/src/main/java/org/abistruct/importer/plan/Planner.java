package org.abistruct.importer.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.importer.ImportException;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.Unit;

/**
 * Plans an import from what each ABI's GCC compiled: the records of the import ABI's structs
 * (those of the requested headers, or the named ones, and what they embed), each declared on the
 * ABIs whose headers declare it the same way and where its layout is reproduced, with the ioctls
 * that take it.
 */
public final class Planner {
    private final String packageName;
    private final Abi primary;
    private final Map<Abi, Unit> units;

    /** {@code units} in ABI order, the primary one among them. */
    public Planner(String packageName, Abi primary, Map<Abi, Unit> units) {
        this.packageName = packageName;
        this.primary = primary;
        this.units = units;
    }

    /**
     * The records of the structs selected by {@code headers} or {@code structs}, and of the
     * structs the headers' ioctls take ({@code arguments}, found where they are defined).
     */
    public Records records(List<String> headers, List<String> structs, List<String> arguments) {
        Unit unit = units.get(primary);
        RecordBuilder builder = new RecordBuilder(unit);
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        List<CStruct> selected = new ArrayList<>();
        for (String name : structs) {
            CStruct s = find(unit, name);
            if (s == null) {
                throw new ImportException("no struct or union " + name + " in " + String.join(", ", headers)
                        + " on " + primary);
            }
            selected.add(s);
        }
        if (structs.isEmpty()) {
            for (CStruct s : unit.structs().values()) {
                if (s.tag() != null && s.complete() && headers.contains(s.header())) {
                    selected.add(s);
                }
            }
        }
        if (structs.isEmpty()) {
            for (String argument : arguments) {
                CStruct s = find(unit, argument);
                if (s != null && !selected.contains(s)) {
                    selected.add(s);
                }
            }
        }
        for (CStruct s : selected) {
            if (!builder.build(s.id())) {
                skipped.add(new ImportPlan.Skipped(s.keyword() + " " + s.tag(), builder.failed().get(s.id())));
            }
        }
        Signatures signatures = new Signatures();
        LayoutFit fit = new LayoutFit(packageName, units);
        Map<Long, RecordPlan> fitted = new LinkedHashMap<>();
        Map<String, Map<Abi, String>> leftOut = new LinkedHashMap<>();
        Map<String, Set<Abi>> differs = new LinkedHashMap<>();
        for (Map.Entry<Long, RecordPlan> e : builder.built().entrySet()) {
            CStruct s = unit.structs().get(e.getKey());
            String signature = signatures.of(unit, s);
            Map<Abi, CStruct> gcc = new LinkedHashMap<>();
            Set<Abi> abis = EnumSet.noneOf(Abi.class);
            for (Unit other : units.values()) {
                CStruct same = other.tagged(s.keyword(), s.tag());
                if (same != null && signatures.of(other, same).equals(signature)) {
                    abis.add(other.abi());
                } else if (same != null) {
                    differs.computeIfAbsent(s.keyword() + " " + s.tag(), k -> EnumSet.noneOf(Abi.class))
                            .add(other.abi());
                }
            }
            String missing = null;
            for (long dep : builder.embeds(e.getKey())) {
                RecordPlan embedded = fitted.get(dep);
                if (embedded == null) {
                    CStruct d = unit.structs().get(dep);
                    missing = "it embeds " + d.keyword() + " " + d.tag() + ", which is not imported";
                    break;
                }
                abis.retainAll(embedded.abis());
            }
            if (missing != null) {
                skipped.add(new ImportPlan.Skipped(s.keyword() + " " + s.tag(), missing));
                continue;
            }
            for (Abi abi : abis) {
                gcc.put(abi, units.get(abi).tagged(s.keyword(), s.tag()));
            }
            String type = s.keyword() + " " + s.tag();
            LayoutFit.Fitted result = fit.fit(LayoutFit.withAbis(e.getValue(), abis), gcc, type, type + "#");
            if (!result.plan().abis().contains(primary)) {
                skipped.add(new ImportPlan.Skipped(s.keyword() + " " + s.tag(),
                        "its layout is not reproduced: " + result.leftOut().get(primary)));
                continue;
            }
            fitted.put(e.getKey(), result.plan());
            if (!result.leftOut().isEmpty()) {
                leftOut.put(s.keyword() + " " + s.tag(), result.leftOut());
            }
        }
        int selectedCount = 0;
        for (CStruct s : selected) {
            selectedCount += headers.contains(s.header()) ? 1 : 0;
        }
        return new Records(fitted, skipped, leftOut, differs, selectedCount);
    }

    private static CStruct find(Unit unit, String name) {
        String[] parts = name.trim().split("\\s+");
        if (parts.length == 2) {
            return unit.tagged(parts[0], parts[1]);
        }
        CStruct s = unit.tagged("struct", name);
        return s != null ? s : unit.tagged("union", name);
    }

    /**
     * The records by struct id (embedded ones first), what was not imported, the ABIs each
     * record leaves out because abistruct does not reproduce GCC's layout there, the ABIs whose
     * headers declare a struct differently, and how many structs of the requested headers were
     * selected.
     */
    public record Records(Map<Long, RecordPlan> records, List<ImportPlan.Skipped> skipped,
                          Map<String, Map<Abi, String>> leftOut, Map<String, Set<Abi>> differs,
                          int selected) {}
}
