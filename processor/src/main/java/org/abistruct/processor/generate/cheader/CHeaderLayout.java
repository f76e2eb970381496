package org.abistruct.processor.generate.cheader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * Renders a struct's layouts as the pahole-style comment of its C header: each member with its
 * offset and size, holes and tail padding, the total size and alignment. ABIs with the same
 * layout share one listing.
 */
final class CHeaderLayout {
    private static final String INDENT = "    ";
    private static final int MIN_WIDTH = 32;

    /** One line of a listing: C text and the offset/size column (empty for none). */
    private record Row(String text, String numbers) {}

    private final Function<StructRef, StructDecl> lookup;

    private CHeaderLayout(Function<StructRef, StructDecl> lookup) {
        this.lookup = lookup;
    }

    /**
     * The comment lines (each starting {@code " *"}) listing {@code layouts} (in {@link Abi}
     * order), grouped by ABI.
     */
    static List<String> lines(StructDecl decl, List<StructLayout> layouts,
                              Function<StructRef, StructDecl> lookup) {
        CHeaderLayout writer = new CHeaderLayout(lookup);
        Map<List<Row>, List<Abi>> groups = new LinkedHashMap<>();
        for (StructLayout layout : layouts) {
            groups.computeIfAbsent(writer.listing(decl, layout), k -> new ArrayList<>())
                    .add(layout.abi());
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<List<Row>, List<Abi>> group : groups.entrySet()) {
            out.add(" * On " + CHeaderWriter.abiList(group.getValue()) + ":");
            out.add(" *");
            out.addAll(format(group.getKey()));
            out.add(" *");
        }
        out.remove(out.size() - 1);
        return out;
    }

    private List<Row> listing(StructDecl decl, StructLayout layout) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(decl.cType() + " {", ""));
        members(layout, 0, 1, rows);
        rows.add(new Row("};", String.format(Locale.ROOT, "size %d, alignment %d",
                layout.size(), layout.alignment())));
        return rows;
    }

    private void members(StructLayout layout, long base, int depth, List<Row> rows) {
        String indent = INDENT.repeat(depth);
        List<Padding> paddings = layout.paddings();
        int next = 0;
        for (FieldLayout field : layout.fields()) {
            while (next < paddings.size() && paddings.get(next).offset() < field.offset()) {
                rows.add(padding(paddings.get(next++), indent));
            }
            long at = base + field.offset();
            if (field.member().anonymous()) {
                StructLayout nested = field.nested().orElseThrow();
                rows.add(new Row(indent + nested.decl().keyword() + " {", numbers(at, field.size())));
                members(nested, at, depth + 1, rows);
                rows.add(new Row(indent + "};", ""));
            } else {
                String text = field.member().bitfield()
                        ? CStructWriter.bitfield(field.member())
                        : CStructWriter.declaration(field.member().type(),
                                field.member().cName(), lookup);
                rows.add(new Row(indent + text + ";", numbers(at, field.size())));
            }
        }
        while (next < paddings.size()) {
            rows.add(padding(paddings.get(next++), indent));
        }
    }

    private static Row padding(Padding padding, String indent) {
        String what = padding.tail() ? "tail padding" : "hole";
        return new Row(indent + "// " + padding.size() + (padding.size() == 1 ? " byte " : " bytes ")
                + what, "");
    }

    private static String numbers(long offset, long size) {
        return String.format(Locale.ROOT, "%6d %5d", offset, size);
    }

    private static List<String> format(List<Row> rows) {
        int width = MIN_WIDTH;
        for (Row row : rows) {
            if (!row.numbers().isEmpty()) {
                width = Math.max(width, row.text().length() + 2);
            }
        }
        List<String> out = new ArrayList<>();
        out.add(" *   " + " ".repeat(width) + "// offset  size");
        for (Row row : rows) {
            String line = row.numbers().isEmpty() ? row.text()
                    : pad(row.text(), width) + "// " + row.numbers();
            out.add((" *   " + line).stripTrailing());
        }
        return out;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
    }
}
