package org.abistruct.processor.plan;

import java.nio.ByteOrder;
import java.util.List;
import org.abistruct.processor.layout.StructLayout;

/**
 * All the code of one compat direction depends on, so that directions with equal conversions
 * share one body: the sizes, the steps and, where a pointer or C long is resized, the byte
 * order. A struct ending in a flexible array member is converted with its element count.
 *
 * @param bulk whether the layouts hold the same bytes, so that a copy converts
 * @param fromAt where the flexible array starts on the source side (0 without one)
 * @param fromStride the bytes between its outermost elements there (0 without one)
 * @param order the byte order of the resized words, or null when none is resized
 */
public record CompatConversion(boolean flexible, boolean bulk, long fromSize, long toSize,
                               long fromAt, long toAt, long fromStride, long toStride,
                               List<CompatStep> steps, ByteOrder order) {
    public CompatConversion {
        steps = List.copyOf(steps);
    }

    /** The conversion of a {@code from} struct named {@code cName} into a {@code to} one. */
    static CompatConversion of(String cName, StructLayout from, StructLayout to) {
        boolean flexible = from.hasFlexibleArray();
        boolean bulk = !flexible && CompatSteps.same(from, to);
        List<CompatStep> steps = bulk ? List.of() : CompatSteps.of(cName, from, to);
        return new CompatConversion(flexible, bulk, from.size(), to.size(),
                flexible ? from.flexibleArray().offset() : 0,
                flexible ? to.flexibleArray().offset() : 0,
                flexible ? from.flexibleArray().outerStride() : 0,
                flexible ? to.flexibleArray().outerStride() : 0, steps,
                resizes(steps) ? from.abi().byteOrder() : null);
    }

    private static boolean resizes(List<CompatStep> steps) {
        for (CompatStep step : steps) {
            if (step instanceof CompatStep.Resize
                    || step instanceof CompatStep.Loop loop && resizes(loop.body())) {
                return true;
            }
        }
        return false;
    }
}
