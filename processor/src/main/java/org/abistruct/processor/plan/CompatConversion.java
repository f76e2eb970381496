package org.abistruct.processor.plan;

import java.nio.ByteOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructRef;

/**
 * All the code of one compat direction depends on, so that directions with equal conversions
 * share one body: the sizes, the steps and, where a pointer or C long is resized, the byte
 * order. A struct ending in a flexible array member is converted with its element count.
 *
 * @param bulk whether the layouts hold the same bytes, so that a copy converts
 * @param fromAt where the flexible array starts on the source side (0 without one)
 * @param fromStride the bytes between its outermost elements there (0 without one)
 * @param helpers the steps of each embedded type converted by a helper of its own, in the
 *     order they are first called
 * @param order the byte order of the resized words and moved bitfields, or null for none
 */
public record CompatConversion(boolean flexible, boolean bulk, long fromSize, long toSize,
                               long fromAt, long toAt, long fromStride, long toStride,
                               List<CompatStep> steps, Map<StructRef, List<CompatStep>> helpers,
                               ByteOrder order) {
    public CompatConversion {
        steps = List.copyOf(steps);
        helpers = Collections.unmodifiableMap(new LinkedHashMap<>(helpers));
    }

    /**
     * The conversion of a {@code from} struct named {@code cName} into a {@code to} one, its
     * embedded types' steps shared through {@code context}.
     */
    static CompatConversion of(String cName, StructLayout from, StructLayout to,
                               CompatSteps.Context context) {
        boolean flexible = from.hasFlexibleArray();
        boolean bulk = !flexible && CompatSteps.same(from, to);
        CompatSteps.Result plan = bulk ? new CompatSteps.Result(List.of(), Map.of())
                : CompatSteps.plan(cName, from, to, context);
        boolean resizes = resizes(plan.steps());
        for (List<CompatStep> helper : plan.helpers().values()) {
            resizes |= resizes(helper);
        }
        return new CompatConversion(flexible, bulk, from.size(), to.size(),
                flexible ? from.flexibleArray().offset() : 0,
                flexible ? to.flexibleArray().offset() : 0,
                flexible ? from.flexibleArray().outerStride() : 0,
                flexible ? to.flexibleArray().outerStride() : 0, plan.steps(), plan.helpers(),
                resizes ? from.abi().byteOrder() : null);
    }

    /**
     * This conversion with no byte order: equal for two directions whose code differs in the
     * order alone, which one method can convert given the order as an argument.
     */
    public CompatConversion withoutOrder() {
        return order == null ? this : new CompatConversion(flexible, bulk, fromSize, toSize,
                fromAt, toAt, fromStride, toStride, steps, helpers, null);
    }

    private static boolean resizes(List<CompatStep> steps) {
        for (CompatStep step : steps) {
            if (step instanceof CompatStep.Resize || step instanceof CompatStep.Bits
                    || step instanceof CompatStep.Loop loop && resizes(loop.body())) {
                return true;
            }
        }
        return false;
    }
}
