package org.abistruct.importer.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Ioctl;
import org.abistruct.importer.model.CConstant;
import org.abistruct.importer.model.Macro;
import org.abistruct.importer.read.ValueProbe;

/**
 * Plans the macros of the requested headers: each ioctl macro becomes an {@code @Ioctl} on its
 * argument's record, or on the header's interface for a scalar or no argument; every other macro
 * with an integer value, and every enum constant, a constant of the header's class.
 */
public final class MacroPlanner {
    private MacroPlanner() {}

    /** What the macros add to an import. */
    public record Planned(Map<Long, List<IoctlPlan>> onRecords,
                          Map<String, List<IoctlPlan>> interfaces,
                          List<ConstantsPlan> constants, List<ImportPlan.Skipped> skipped) {}

    /**
     * @param records the imported records by struct id, with their C tags
     * @param tags the struct ids by {@code "struct tag"}
     */
    public static Planned plan(List<String> headers, List<Macro> macros,
                               Map<String, ValueProbe.Value> values, List<CConstant> enums,
                               Map<String, Long> tags, Map<Long, RecordPlan> records) {
        Map<Long, List<IoctlPlan>> onRecords = new LinkedHashMap<>();
        Map<String, List<IoctlPlan>> interfaces = new LinkedHashMap<>();
        List<ImportPlan.Skipped> skipped = new ArrayList<>();
        Map<String, List<CConstant>> constants = new LinkedHashMap<>();
        for (String header : headers) {
            constants.put(header, new ArrayList<>());
        }
        Set<String> names = new HashSet<>();
        for (Macro m : macros) {
            IoctlPlanner.Parsed ioctl = IoctlPlanner.parse(m);
            ValueProbe.Value type = values.get(m.name() + "#type");
            ValueProbe.Value nr = values.get(m.name() + "#nr");
            if (ioctl != null && type != null && nr != null) {
                IoctlPlan plan = null;
                String reason = null;
                if (ioctl.dir() == Ioctl.Dir.NONE) {
                    plan = new IoctlPlan(m.name(), (int) type.bits(), (int) nr.bits(), ioctl.dir(), Ioctl.Arg.STRUCT);
                    interfaces.computeIfAbsent(interfaceName(m.header()), k -> new ArrayList<>()).add(plan);
                } else if (IoctlPlanner.tag(ioctl.argument()) != null) {
                    Long id = tags.get(ioctl.argument());
                    if (id != null && records.containsKey(id)) {
                        plan = new IoctlPlan(m.name(), (int) type.bits(), (int) nr.bits(), ioctl.dir(), Ioctl.Arg.STRUCT);
                        onRecords.computeIfAbsent(id, k -> new ArrayList<>()).add(plan);
                    } else {
                        reason = "its argument, " + ioctl.argument() + ", is not imported";
                    }
                } else if (IoctlPlanner.scalar(ioctl.argument()) != null) {
                    plan = new IoctlPlan(m.name(), (int) type.bits(), (int) nr.bits(), ioctl.dir(),
                            IoctlPlanner.scalar(ioctl.argument()));
                    interfaces.computeIfAbsent(interfaceName(m.header()), k -> new ArrayList<>()).add(plan);
                } else {
                    reason = "its argument type, " + ioctl.argument() + ", is not one @Ioctl declares";
                }
                if (reason != null) {
                    skipped.add(new ImportPlan.Skipped("ioctl " + m.name(), reason));
                }
                continue;
            }
            if (ioctl != null) {
                boolean undefined = ioctl.argument() != null && IoctlPlanner.tag(ioctl.argument()) != null
                        && !tags.containsKey(ioctl.argument());
                skipped.add(new ImportPlan.Skipped("ioctl " + m.name(), undefined
                        ? "its argument, " + ioctl.argument() + ", is not defined on the import ABI"
                        : "its number does not evaluate"));
                continue;
            }
            ValueProbe.Value value = values.get(m.name());
            if (value == null) {
                skipped.add(new ImportPlan.Skipped("macro " + m.name(), "not an integer constant: "
                        + (m.body().length() > 40 ? m.body().substring(0, 40) + "..." : m.body())));
            } else if (names.add(m.name())) {
                constants.get(m.header()).add(new CConstant(m.name(), value.bits(), !value.negative(), m.header(),
                        m.body().contains("0x") || m.body().contains("0X") || m.body().contains("<<")));
            }
        }
        for (CConstant e : enums) {
            if (names.add(e.name()) && constants.containsKey(e.header())) {
                constants.get(e.header()).add(e);
            }
        }
        List<ConstantsPlan> classes = new ArrayList<>();
        for (Map.Entry<String, List<CConstant>> e : constants.entrySet()) {
            if (!e.getValue().isEmpty()) {
                classes.add(new ConstantsPlan(baseName(e.getKey()) + "Constants", e.getKey(), e.getValue()));
            }
        }
        return new Planned(onRecords, interfaces, classes, skipped);
    }

    /** The structs and unions ioctl macros take, as {@code "struct tag"}. */
    public static List<String> argumentTags(List<Macro> macros) {
        List<String> out = new ArrayList<>();
        for (Macro m : macros) {
            IoctlPlanner.Parsed ioctl = IoctlPlanner.parse(m);
            if (ioctl != null && ioctl.argument() != null && IoctlPlanner.tag(ioctl.argument()) != null
                    && !out.contains(ioctl.argument())) {
                out.add(ioctl.argument());
            }
        }
        return out;
    }

    /** The interface of a header's commands: {@code linux/kvm.h} has {@code Kvm}. */
    public static String interfaceName(String header) {
        return baseName(header);
    }

    /** {@code linux/kvm.h} is {@code Kvm}; a header elsewhere adds its folder: {@code AsmKvm}. */
    static String baseName(String header) {
        String path = header.endsWith(".h") ? header.substring(0, header.length() - 2) : header;
        if (path.startsWith("linux/")) {
            path = path.substring("linux/".length());
        }
        return Names.type(path.replace('/', '_').replace('-', '_').replace('.', '_'));
    }
}
