package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Locale;
import org.abistruct.Abi;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructRef;

/** The naming convention of generated types, constants and accessors. */
public final class Names {
    /** The ABI enum. */
    public static final ClassName ABI = ClassName.get(Abi.class);

    private Names() {}

    /** The record itself, such as {@code p.Outer.Inner}. */
    public static ClassName record(StructRef ref) {
        List<String> names = ref.simpleNames();
        return ClassName.get(ref.packageName(), names.get(0),
                names.subList(1, names.size()).toArray(new String[0]));
    }

    /** The layout record, such as {@code p.Outer_InnerLayout}. */
    public static ClassName layoutType(StructRef ref) {
        return ClassName.get(ref.packageName(), baseName(ref) + "Layout");
    }

    /** The layout record's component holding the offset of {@code member}: {@code numDirtyOffset}. */
    public static String offsetComponent(Member member) {
        return member.javaName() + "Offset";
    }

    /**
     * The layout record's component holding where the bitfield {@code member} starts in the
     * byte at its offset, 0 to 7: {@code dstRegBit}.
     */
    public static String bitComponent(Member member) {
        return member.javaName() + "Bit";
    }

    /**
     * The layout record's component holding the layout of the struct or union {@code member}
     * embeds under the same ABI: {@code entryLayout}.
     */
    public static String layoutComponent(Member member) {
        return member.javaName() + "Layout";
    }

    /** {@code getNumDirty} for the component {@code numDirty}. */
    public static String getter(Member member) {
        return "get" + capitalized(member.javaName());
    }

    /** {@code writeIfruIvalue}: a union's writer of the component {@code ifruIvalue}. */
    public static String writer(Member member) {
        return "write" + capitalized(member.javaName());
    }

    /** {@code setNumDirty} for the component {@code numDirty}. */
    public static String setter(Member member) {
        return "set" + capitalized(member.javaName());
    }

    /** The index parameter of array dimension {@code dimension}: i, j, k, then i3, i4... */
    public static String index(int dimension) {
        return dimension < 3 ? String.valueOf((char) ('i' + dimension)) : "i" + dimension;
    }

    /** The compat converter class, such as {@code p.KvmDirtyTlbCompat}. */
    public static ClassName compatType(StructRef ref) {
        return ClassName.get(ref.packageName(), baseName(ref) + "Compat");
    }

    /** The compat converter method from one ABI's layout to another's: {@code i386ToX86_64}. */
    public static String compatMethod(Abi from, Abi to) {
        String target = to.name().toLowerCase(Locale.ROOT);
        return from.name().toLowerCase(Locale.ROOT) + "To" + Character.toUpperCase(target.charAt(0))
                + target.substring(1);
    }

    private static String baseName(StructRef ref) {
        return String.join("_", ref.simpleNames());
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
