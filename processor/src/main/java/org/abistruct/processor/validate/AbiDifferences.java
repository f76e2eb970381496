package org.abistruct.processor.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.abistruct.processor.layout.AbiRules;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;

/**
 * Why a struct's layouts differ within a compat pair, in terms of the ABI rules: the scalar
 * types it uses, at any depth, whose size or member alignment differs between the two ABIs.
 */
public final class AbiDifferences {
    /** The scalar families whose rules are stated together. */
    private enum Family {
        INT64("64-bit integers", ScalarKind.INT64),
        DOUBLE("doubles", ScalarKind.DOUBLE),
        POINTER("pointers", ScalarKind.POINTER),
        LONG("C longs", ScalarKind.LONG);

        final String plural;
        final ScalarKind probe;

        Family(String plural, ScalarKind probe) {
            this.plural = plural;
            this.probe = probe;
        }

        static Family of(ScalarKind kind) {
            switch (kind) {
                case INT64: case UINT64: return INT64;
                case DOUBLE: return DOUBLE;
                case POINTER: return POINTER;
                case LONG: case ULONG: return LONG;
                default: return null;
            }
        }
    }

    private AbiDifferences() {}

    /**
     * Sentences such as {@code 64-bit integers are 8-aligned on X86_64 but 4-aligned on I386},
     * one per scalar family {@code layout} uses whose rules differ between the pair's ABIs.
     */
    public static List<String> of(CompatPair pair, StructLayout layout) {
        Set<Family> used = EnumSet.noneOf(Family.class);
        collect(layout, used);
        AbiRules user = AbiRules.of(pair.user());
        AbiRules kernel = AbiRules.of(pair.kernel());
        List<String> out = new ArrayList<>();
        for (Family family : used) {
            int us = user.sizeOf(family.probe);
            int ks = kernel.sizeOf(family.probe);
            int ua = user.alignOf(family.probe);
            int ka = kernel.alignOf(family.probe);
            if (us != ks) {
                out.add(family.plural + " are " + ks + " bytes on " + pair.kernel() + " but "
                        + us + " on " + pair.user());
            } else if (ua != ka) {
                out.add(family.plural + " are " + ka + "-aligned on " + pair.kernel() + " but "
                        + ua + "-aligned on " + pair.user());
            }
        }
        return out;
    }

    /** Whether {@code kind}'s size differs between the two ABIs of {@code pair}. */
    public static boolean sizeDiffers(CompatPair pair, ScalarKind kind) {
        return AbiRules.of(pair.user()).sizeOf(kind) != AbiRules.of(pair.kernel()).sizeOf(kind);
    }

    private static void collect(StructLayout layout, Set<Family> used) {
        for (FieldLayout field : layout.fields()) {
            CType type = field.member().type();
            CType leaf = type instanceof ArrayType a ? a.leaf() : type;
            if (leaf instanceof Scalar s && Family.of(s.kind()) != null) {
                used.add(Family.of(s.kind()));
            }
            field.nested().ifPresent(nested -> collect(nested, used));
        }
    }

}
