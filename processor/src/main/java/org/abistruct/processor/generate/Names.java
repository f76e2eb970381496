package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructRef;

/** The naming convention of generated types, constants and accessors. */
final class Names {
    /** The value of every {@code @Generated} annotation. */
    static final String GENERATOR = "org.abistruct.processor.AbiStructProcessor";

    /** The ABI enum. */
    static final ClassName ABI = ClassName.get(Abi.class);

    private Names() {}

    /** The record itself, such as {@code p.Outer.Inner}. */
    static ClassName record(StructRef ref) {
        List<String> names = ref.simpleNames();
        return ClassName.get(ref.packageName(), names.get(0),
                names.subList(1, names.size()).toArray(new String[0]));
    }

    /** The layout record, such as {@code p.Outer_InnerLayout}. */
    static ClassName layoutType(StructRef ref) {
        return ClassName.get(ref.packageName(), baseName(ref) + "Layout");
    }

    /** The layout record's component holding the offset of {@code member}: {@code numDirtyOffset}. */
    static String offsetComponent(Member member) {
        return member.javaName() + "Offset";
    }

    /**
     * The layout record's component holding the layout of the struct or union {@code member}
     * embeds under the same ABI: {@code entryLayout}.
     */
    static String layoutComponent(Member member) {
        return member.javaName() + "Layout";
    }

    /** {@code getNumDirty} for the component {@code numDirty}. */
    static String getter(Member member) {
        return "get" + capitalized(member.javaName());
    }

    /** {@code setNumDirty} for the component {@code numDirty}. */
    static String setter(Member member) {
        return "set" + capitalized(member.javaName());
    }

    /** The index parameter of array dimension {@code dimension}: i, j, k, then i3, i4... */
    static String index(int dimension) {
        return dimension < 3 ? String.valueOf((char) ('i' + dimension)) : "i" + dimension;
    }

    private static String baseName(StructRef ref) {
        return String.join("_", ref.simpleNames());
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
