package org.abistruct.importer.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.abistruct.Abi;
import org.abistruct.importer.plan.ComponentPlan;
import org.abistruct.importer.plan.Field;
import org.abistruct.importer.plan.IoctlPlan;
import org.abistruct.importer.plan.RecordPlan;

/** Writes one record's source file, with the records nested in it. */
final class RecordWriter {
    private final String packageName;
    private final Set<Abi> defaults;
    private final Set<String> imports = new TreeSet<>();
    private final Set<String> shadowed;

    private RecordWriter(String packageName, Set<Abi> defaults, Set<String> shadowed) {
        this.packageName = packageName;
        this.defaults = defaults;
        this.shadowed = shadowed;
    }

    static String write(String packageName, Set<Abi> defaults, RecordPlan plan) {
        Set<String> nestedNames = new TreeSet<>();
        collectNested(plan, nestedNames);
        RecordWriter writer = new RecordWriter(packageName, defaults, nestedNames);
        String body = writer.record(plan, "");
        StringBuilder out = new StringBuilder("package ").append(packageName).append(";\n\n");
        for (String i : writer.imports) {
            out.append("import ").append(i).append(";\n");
        }
        return out.append('\n').append(body).toString();
    }

    private static void collectNested(RecordPlan plan, Set<String> names) {
        for (RecordPlan inner : plan.nested()) {
            names.add(inner.simpleName());
            collectNested(inner, names);
        }
    }

    private String record(RecordPlan plan, String indent) {
        StringBuilder out = new StringBuilder();
        javadoc(out, plan, indent);
        String kind = plan.union() ? "AbiUnion" : "AbiStruct";
        use(kind);
        List<String> attributes = new ArrayList<>();
        attributes.add("name = \"" + plan.cName() + "\"");
        if (plan.tagless()) {
            attributes.add("tagless = true");
        }
        if (!plan.abis().equals(defaults)) {
            use("Abi");
            attributes.add("abis = {" + plan.abis().stream().sorted().map(a -> "Abi." + a.name())
                    .collect(Collectors.joining(", ")) + "}");
        }
        out.append(Lines.wrap(indent + "@" + kind + "(" + String.join(", ", attributes) + ")", indent))
                .append('\n');
        if (plan.packed()) {
            use("Packed");
            out.append(indent).append("@Packed\n");
        }
        if (plan.align() > 0) {
            use("Align");
            out.append(indent).append("@Align(").append(plan.align()).append(")\n");
        }
        for (IoctlPlan ioctl : plan.ioctls()) {
            out.append(Lines.wrap(indent + IoctlText.annotation(ioctl, this::use), indent)).append('\n');
        }
        out.append(indent).append("public record ").append(plan.simpleName()).append('(');
        List<String> components = new ArrayList<>();
        for (ComponentPlan c : plan.components()) {
            components.add(component(c));
        }
        String joint = ",\n" + indent + "        ";
        out.append('\n').append(indent).append("        ").append(String.join(joint, components)).append(')');
        if (plan.nested().isEmpty()) {
            return out.append(" {}\n").toString();
        }
        out.append(" {\n");
        for (RecordPlan inner : plan.nested()) {
            out.append('\n').append(record(inner, indent + "    "));
        }
        return out.append(indent).append("}\n").toString();
    }

    private void javadoc(StringBuilder out, RecordPlan plan, String indent) {
        String what = plan.tagless() ? "The tagless " + (plan.union() ? "union" : "struct")
                + " {@code " + plan.cName() + "}" : "{@code " + (plan.union() ? "union " : "struct ")
                + plan.cName() + "} of {@code " + plan.header() + "}";
        out.append(indent).append("/**\n").append(indent).append(" * ").append(what).append(".\n")
                .append(indent).append(" *\n").append(indent).append(" * <pre>{@code\n");
        for (String line : plan.cText().split("\n")) {
            out.append(indent).append(" * ").append(line).append('\n');
        }
        out.append(indent).append(" * }</pre>\n");
        for (String note : plan.notes()) {
            out.append(indent).append(" *\n");
            StringBuilder line = new StringBuilder(indent + " * <p>");
            for (String word : (note + ".").split(" ")) {
                if (line.length() + word.length() > 99) {
                    out.append(line.toString().stripTrailing()).append('\n');
                    line = new StringBuilder(indent + " * ");
                }
                line.append(word).append(' ');
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(indent).append(" */\n");
    }

    private String component(ComponentPlan c) {
        Field f = c.field();
        List<String> parts = new ArrayList<>();
        if (c.cName() != null) {
            parts.add(use("CName", "@CName(\"" + c.cName() + "\")"));
        }
        if (f.align() > 0) {
            parts.add(use("Align", "@Align(" + f.align() + ")"));
        }
        if (!f.named()) {
            parts.add(use("Bits", "@Bits(value = " + f.bits() + ", named = false)"));
        } else if (f.bits() > 0) {
            parts.add(use("Bits", "@Bits(" + f.bits() + ")"));
        }
        if (f.order() != null) {
            parts.add(f.order() == java.nio.ByteOrder.BIG_ENDIAN ? use("BigEndian", "@BigEndian")
                    : use("LittleEndian", "@LittleEndian"));
        }
        String type;
        if (f.isRecord()) {
            type = f.record().size() == 1 && shadowed.contains(f.record().get(0))
                    ? packageName + "." + f.record().get(0) : String.join(".", f.record());
        } else {
            switch (f.kind()) {
                case UINT8, UINT16, UINT32, UINT64 -> parts.add(use("Unsigned", "@Unsigned"));
                case ULONG -> {
                    parts.add(use("Unsigned", "@Unsigned"));
                    parts.add(use("CLong", "@CLong"));
                }
                case LONG -> parts.add(use("CLong", "@CLong"));
                case POINTER -> parts.add(use("Pointer", "@Pointer"));
                case CHAR -> parts.add(use("CChar", "@CChar"));
                default -> { }
            }
            type = f.kind().javaType();
        }
        if (!f.lengths().isEmpty()) {
            parts.add(use("Length", f.lengths().size() == 1 ? "@Length(" + f.lengths().get(0) + ")"
                    : "@Length({" + f.lengths().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + "})"));
            type += "[]".repeat(f.lengths().size());
        }
        if (c.anonymous()) {
            parts.add(use("Anonymous", "@Anonymous"));
        }
        parts.add(type + " " + c.javaName());
        return String.join(" ", parts);
    }

    private String use(String annotation, String text) {
        use(annotation);
        return text;
    }

    private void use(String simpleName) {
        imports.add("org.abistruct." + simpleName);
    }
}
