package org.abistruct.processor.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructRef;

/**
 * A struct within one compat pair it selects: how its layouts differ, the conversion in each
 * direction (user to kernel, then back; planned only when a converter is generated), which
 * embedded structs need a compat type of their own there, and the scalar
 * facts of the pair that a compat type is spelled with.
 *
 * @param compatTypes the structs whose layouts differ in bytes or alignment within the pair:
 *     this one, and when it does, those it embeds by tag (anonymous members looked through)
 */
public record PairPlan(CompatPair pair, CompatDiff diff, List<CompatDirection> directions,
                       Set<StructRef> compatTypes, Map<ScalarKind, CompatScalar> scalars) {
    public PairPlan {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(diff, "diff");
        directions = List.copyOf(directions);
        compatTypes = Set.copyOf(compatTypes);
        scalars = Collections.unmodifiableMap(new EnumMap<>(scalars));
    }

    /** Whether the struct's bytes differ within the pair, so that it needs converting. */
    public boolean differs() {
        return diff.differs();
    }

    /**
     * Whether {@code ref} needs a compat type in this pair: its bytes differ, or only its
     * alignment, which moves it wherever it is embedded.
     */
    public boolean needsCompatType(StructRef ref) {
        return compatTypes.contains(ref);
    }

    /** The facts of {@code kind} within the pair. */
    public CompatScalar scalar(ScalarKind kind) {
        return scalars.get(kind);
    }
}
