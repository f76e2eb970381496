package org.abistruct.processor.generate.java;

import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.generate.cheader.CStructWriter;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.Scalar;
import org.abistruct.runtime.LayoutText;

/**
 * The pahole-style text of a layout, as the runtime's {@link LayoutText} makes it: each
 * member's C declaration with its offset and size, holes as {@code XXX} lines, anonymous
 * members expanded in place, then a summary. The declarations are the same on every ABI; the
 * numbers are the ABI's own.
 */
final class PaholeText {
    private static final String INDENT = "    ";

    private final List<String> lines = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();

    private PaholeText(StructLayout layout) {
        addMembers(layout, 0, "", false);
    }

    /** The text of {@code layout}, lines ended by {@code \n}. */
    static String of(StructLayout layout) {
        PaholeText text = new PaholeText(layout);
        return LayoutText.of(layout.decl().cType(), layout.decl().members().size(),
                text.lines.toArray(new String[0]), (int) layout.size(), layout.alignment(),
                (int) tailPadding(layout), String.join(", ", text.numbers));
    }

    /** The member lines of {@code layout}, the same on every ABI of its struct. */
    static List<String> lines(StructLayout layout) {
        return List.copyOf(new PaholeText(layout).lines);
    }

    /** The numbers of {@code layout}'s lines, as {@link LayoutText} reads them. */
    static String numbers(StructLayout layout) {
        return String.join(", ", new PaholeText(layout).numbers);
    }

    /** The bytes of tail padding the summary shows. */
    static long tailPadding(StructLayout layout) {
        long tail = 0;
        for (Padding padding : layout.paddings()) {
            tail += padding.tail() ? padding.size() : 0;
        }
        return tail;
    }

    /** The C declaration of a member, such as {@code int16_t m[2][3]} or {@code void *p}. */
    static String declaration(FieldLayout field) {
        if (field.member().bitfield()) {
            return CStructWriter.bitfield(field.member());
        }
        return CStructWriter.declarator(field.member().type(), field.member().cName(),
                leaf -> leaf instanceof Scalar s ? s.kind().cType()
                        : field.nested().get().decl().cType());
    }

    /** Adds the lines of {@code layout}'s members; an anonymous one's padding shows as holes. */
    private void addMembers(StructLayout layout, long base, String indent, boolean anonymous) {
        List<Padding> paddings = new ArrayList<>(layout.paddings());
        for (FieldLayout field : layout.fields()) {
            addPaddingsBefore(paddings, field.offset());
            long offset = base + field.offset();
            if (field.member().anonymous()) {
                StructLayout nested = field.nested().get();
                lines.add(indent + nested.decl().keyword() + " {");
                addMembers(nested, offset, indent + INDENT, true);
                lines.add(indent + "};");
                numbers.add(offset + " " + field.size());
            } else {
                lines.add(indent + declaration(field) + ";");
                numbers.add(field.member().bitfield()
                        ? offset + ":" + field.bit() + " " + field.size()
                        : offset + " " + field.size());
            }
        }
        if (anonymous) {
            addPaddingsBefore(paddings, Long.MAX_VALUE);
        }
    }

    /** Adds the holes (and, inside an anonymous member, padding) that start before {@code end}. */
    private void addPaddingsBefore(List<Padding> paddings, long end) {
        while (!paddings.isEmpty() && paddings.get(0).offset() < end
                && (!paddings.get(0).tail() || end == Long.MAX_VALUE)) {
            numbers.add("hole " + paddings.remove(0).size());
        }
    }
}
