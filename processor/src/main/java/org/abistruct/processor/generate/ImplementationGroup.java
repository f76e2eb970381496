package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;

/**
 * ABIs of one struct whose accessor code is the same: every member, at any depth, at the same
 * offset with the same size and element size, the same size and padding, and the same byte
 * order unless no scalar is wider than a byte. Alignment alone changes no accessor. A group of
 * two or more ABIs shares one implementation class; a group of one keeps its code in its class.
 *
 * @param layouts the group's layouts, in {@link org.abistruct.Abi} order
 */
record ImplementationGroup(List<StructLayout> layouts) {
    ImplementationGroup {
        layouts = List.copyOf(layouts);
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("an empty implementation group");
        }
    }

    /** {@code layouts} (of one struct, in Abi order) grouped by accessor code, by first ABI. */
    static List<ImplementationGroup> of(List<StructLayout> layouts) {
        Map<String, List<StructLayout>> byCode = new LinkedHashMap<>();
        for (StructLayout layout : layouts) {
            byCode.computeIfAbsent(codeKey(layout), k -> new ArrayList<>()).add(layout);
        }
        List<ImplementationGroup> groups = new ArrayList<>();
        byCode.values().forEach(group -> groups.add(new ImplementationGroup(group)));
        return groups;
    }

    /** The group of {@code layout} among {@code groups}. */
    static ImplementationGroup containing(List<ImplementationGroup> groups, StructLayout layout) {
        for (ImplementationGroup group : groups) {
            if (group.layouts().contains(layout)) {
                return group;
            }
        }
        throw new IllegalArgumentException("no group holds " + layout.abi());
    }

    /** Whether the group's ABIs share an implementation class (two or more of them). */
    boolean shared() {
        return layouts.size() > 1;
    }

    /** The layout the shared code is written from: the group's first ABI. */
    StructLayout first() {
        return layouts.get(0);
    }

    /** The shared implementation class, such as {@code p.KvmDirtyTlb_X86_64_Impl}. */
    ClassName implementation() {
        return Names.implementation(first().decl().ref(), first().abi());
    }

    /** The group's ABIs, such as {@code X86_64, I386, X32}. */
    String abiNames() {
        List<String> abis = new ArrayList<>();
        layouts.forEach(l -> abis.add(l.abi().name()));
        return String.join(", ", abis);
    }

    /** Whether the code reads or writes a scalar of more than one byte, so byte order counts. */
    boolean byteOrderMatters() {
        return hasWideScalar(first());
    }

    /** A text equal for two layouts of one struct exactly when their accessor code is. */
    static String codeKey(StructLayout layout) {
        StringBuilder key = new StringBuilder();
        key.append(hasWideScalar(layout) ? layout.abi().byteOrder() : "bytes");
        appendShape(key, layout);
        return key.toString();
    }

    private static void appendShape(StringBuilder key, StructLayout layout) {
        key.append('{').append(layout.size());
        for (FieldLayout field : layout.fields()) {
            key.append(';').append(field.offset()).append(',').append(field.size())
                    .append(',').append(field.elementSize());
            field.nested().ifPresent(nested -> appendShape(key, nested));
        }
        for (Padding padding : layout.paddings()) {
            key.append(";pad").append(padding.offset()).append(',').append(padding.size());
        }
        key.append('}');
    }

    /** Whether a scalar of more than one byte lies anywhere in {@code layout}. */
    private static boolean hasWideScalar(StructLayout layout) {
        for (FieldLayout field : layout.fields()) {
            if (field.nested().isPresent() ? hasWideScalar(field.nested().get())
                    : field.elementSize() > 1) {
                return true;
            }
        }
        return false;
    }
}
