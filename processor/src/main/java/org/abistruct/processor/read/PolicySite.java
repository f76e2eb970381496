package org.abistruct.processor.read;

import java.util.Objects;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.model.CompatPolicy;

/**
 * A struct's resolved policy and where compat diagnostics point: its {@code @AbiStruct} or
 * {@code @AbiUnion} annotation, and the {@code compat} and {@code implicitPadding} values when
 * the record writes them (else the annotation); and whether its package wants the processor's
 * notes ({@code @AbiDefaults(notes = false)} turns them off).
 */
public record PolicySite(CompatPolicy policy, Position annotation, Position compat,
                         Position implicitPadding, boolean notes) {
    public PolicySite {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(compat, "compat");
        Objects.requireNonNull(implicitPadding, "implicitPadding");
    }
}
