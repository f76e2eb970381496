package org.abistruct.processor.generate.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.abistruct.processor.generate.cheader.CStructWriter;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.Scalar;

/**
 * The pahole-style text of a layout: each member's C declaration with its offset and size,
 * holes as {@code XXX} lines, anonymous members expanded in place, then a summary.
 */
final class PaholeText {
    private static final String INDENT = "    ";

    /**
     * A declaration and, unless it is a bare comment line, its offset and size; a bitfield's
     * also its first bit in the byte at its offset, else -1.
     */
    private record Line(String text, long offset, long size, boolean sized, int bit) {
        Line(String text, long offset, long size, boolean sized) {
            this(text, offset, size, sized, -1);
        }
    }

    private final List<Line> lines = new ArrayList<>();
    private int holes;
    private long holeBytes;

    private PaholeText() {}

    /** The text of {@code layout}, lines ended by {@code \n}. */
    static String of(StructLayout layout) {
        PaholeText text = new PaholeText();
        text.addMembers(layout, 0, INDENT, false);
        return text.render(layout);
    }

    /** The C declaration of a member, such as {@code int16_t m[2][3]} or {@code void *p}. */
    static String declaration(FieldLayout field) {
        if (field.member().bitfield()) {
            return CStructWriter.bitfield(field.member());
        }
        return CStructWriter.declarator(field.member().type(), field.member().cName(),
                leaf -> leaf instanceof Scalar s ? s.kind().cType() : tag(field.nested().get()));
    }

    private static String tag(StructLayout nested) {
        return nested.decl().cType();
    }

    /** Adds the lines of {@code layout}'s members; an anonymous one's padding shows as holes. */
    private void addMembers(StructLayout layout, long base, String indent, boolean anonymous) {
        List<Padding> paddings = new ArrayList<>(layout.paddings());
        for (FieldLayout field : layout.fields()) {
            addPaddingsBefore(paddings, field.offset(), base, indent);
            long offset = base + field.offset();
            if (field.member().anonymous()) {
                StructLayout nested = field.nested().get();
                lines.add(new Line(indent + nested.decl().keyword() + " {", 0, 0, false));
                addMembers(nested, offset, indent + INDENT, true);
                lines.add(new Line(indent + "};", offset, field.size(), true));
            } else if (field.member().bitfield()) {
                lines.add(new Line(indent + declaration(field) + ";", offset, field.size(), true,
                        field.bit()));
            } else {
                lines.add(new Line(indent + declaration(field) + ";", offset, field.size(), true));
            }
        }
        if (anonymous) {
            addPaddingsBefore(paddings, Long.MAX_VALUE, base, indent);
        }
    }

    /** Adds the holes (and, inside an anonymous member, padding) that start before {@code end}. */
    private void addPaddingsBefore(List<Padding> paddings, long end, long base, String indent) {
        while (!paddings.isEmpty() && paddings.get(0).offset() < end
                && (!paddings.get(0).tail() || end == Long.MAX_VALUE)) {
            Padding hole = paddings.remove(0);
            holes++;
            holeBytes += hole.size();
            lines.add(new Line("", 0, 0, false));
            lines.add(new Line(indent + "/* XXX " + bytes(hole.size()) + " hole */", 0, 0, false));
            lines.add(new Line("", 0, 0, false));
        }
    }

    private String render(StructLayout layout) {
        int width = 0;
        for (Line line : lines) {
            width = Math.max(width, line.sized() ? line.text().length() : 0);
        }
        StringBuilder out = new StringBuilder();
        out.append(tag(layout)).append(" {\n");
        for (Line line : lines) {
            out.append(!line.sized() ? line.text()
                    : line.bit() < 0
                    ? String.format(Locale.ROOT, "%-" + (width + 1) + "s/* %5d %5d */", line.text(),
                            line.offset(), line.size())
                    : String.format(Locale.ROOT, "%-" + (width + 1) + "s/* %5d:%d %3d */",
                            line.text(), line.offset(), line.bit(), line.size())).append('\n');
        }
        long tail = tailPadding(layout);
        out.append('\n').append(INDENT).append(String.format(Locale.ROOT,
                "/* size: %d, align: %d, members: %d, holes: %d, sum holes: %d */\n",
                layout.size(), layout.alignment(), layout.decl().members().size(), holes,
                holeBytes));
        if (tail > 0) {
            out.append(INDENT).append("/* padding: ").append(tail).append(" */\n");
        }
        return out.append("};\n").toString();
    }

    private static long tailPadding(StructLayout layout) {
        long tail = 0;
        for (Padding padding : layout.paddings()) {
            tail += padding.tail() ? padding.size() : 0;
        }
        return tail;
    }

    private static String bytes(long count) {
        return count == 1 ? "1 byte" : count + " bytes";
    }
}
