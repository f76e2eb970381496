package org.abistruct.importer.write;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.abistruct.importer.model.CConstant;
import org.abistruct.importer.plan.ConstantsPlan;
import org.abistruct.importer.plan.ImportPlan;
import org.abistruct.importer.plan.IoctlPlan;
import org.abistruct.importer.plan.MacroPlanner;
import org.abistruct.importer.plan.RecordPlan;

/**
 * Renders an import plan as Java sources, by file name: a record per struct or union, an
 * interface per header for its commands without a struct argument, a constants class per
 * header, and the package's {@code package-info.java}.
 */
public final class SourceFiles {
    private SourceFiles() {}

    /** The first line of every file an import writes, which a later import may replace. */
    public static final String MARKER = "// Imported by abistruct from ";

    public static Map<String, String> render(ImportPlan plan) {
        Map<String, String> files = new LinkedHashMap<>();
        String marker = MARKER + String.join(" ", plan.headers()) + " (" + plan.primary()
                + "); import again rather than edit.\n";
        files.put("package-info.java", packageInfo(plan));
        for (RecordPlan record : plan.records()) {
            files.put(record.simpleName() + ".java",
                    RecordWriter.write(plan.packageName(), plan.abis(), record));
        }
        for (Map.Entry<String, List<IoctlPlan>> e : plan.interfaces().entrySet()) {
            String header = plan.headers().stream()
                    .filter(h -> MacroPlanner.interfaceName(h).equals(e.getKey())).findFirst().orElse("");
            files.put(e.getKey() + ".java", ioctlInterface(plan.packageName(), e.getKey(), header,
                    e.getValue()));
        }
        for (ConstantsPlan constants : plan.constants()) {
            files.put(constants.className() + ".java", constants(plan, constants));
        }
        files.replaceAll((name, text) -> marker + text);
        return files;
    }

    private static String packageInfo(ImportPlan plan) {
        String headers = plan.headers().stream().map(h -> "{@code " + h + "}")
                .collect(Collectors.joining(", "));
        String abis = plan.abis().stream().sorted().map(a -> "Abi." + a.name())
                .collect(Collectors.joining(", "));
        return "/**\n * The structs, unions, ioctls and constants of " + headers + ", imported from\n"
                + " * what " + plan.primary() + "'s GCC compiled. Each record is declared on the ABIs whose headers\n"
                + " * declare it the same way; their differences are converted, not reported.\n */\n"
                + Lines.wrap("@AbiDefaults(abis = {" + abis + "},", "") + "\n        compat = Compat.GENERATE, "
                + "implicitPadding = ImplicitPadding.IGNORE)\npackage " + plan.packageName() + ";\n\n"
                + "import org.abistruct.Abi;\nimport org.abistruct.AbiDefaults;\n"
                + "import org.abistruct.Compat;\nimport org.abistruct.ImplicitPadding;\n";
    }

    private static String ioctlInterface(String packageName, String name, String header,
                                         List<IoctlPlan> ioctls) {
        TreeSet<String> imports = new TreeSet<>();
        StringBuilder body = new StringBuilder();
        for (IoctlPlan ioctl : ioctls) {
            body.append(Lines.wrap(IoctlText.annotation(ioctl, imports::add), "")).append('\n');
        }
        return "package " + packageName + ";\n\nimport org.abistruct.Ioctl;\n\n"
                + "/** The commands of {@code " + header + "} without a struct or union argument. */\n"
                + body
                + "public interface " + name + " {}\n";
    }

    private static String constants(ImportPlan plan, ConstantsPlan constants) {
        StringBuilder out = new StringBuilder("package ").append(plan.packageName()).append(";\n\n")
                .append("/** The integer constants of {@code ").append(constants.header())
                .append("}, as ").append(plan.primary()).append("'s GCC evaluates them. */\n")
                .append("public final class ").append(constants.className()).append(" {\n")
                .append("    private ").append(constants.className()).append("() {}\n\n");
        for (CConstant c : constants.constants()) {
            out.append("    public static final ").append(literal(c)).append(";\n");
        }
        return out.append("}\n").toString();
    }

    private static String literal(CConstant c) {
        long v = c.value();
        boolean fitsInt = c.unsigned() ? v >= 0 && v <= Integer.MAX_VALUE
                : v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
        if (fitsInt) {
            return "int " + c.name() + " = " + (c.hex() ? "0x" + Integer.toHexString((int) v) : String.valueOf(v));
        }
        return "long " + c.name() + " = " + (c.unsigned() ? "0x" + Long.toHexString(v) + "L" : v + "L");
    }
}
