package org.abistruct.processor.model;

import java.util.Objects;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;

/**
 * A struct's resolved 32/64-bit compat and implicit-padding policies: the record's own, else its
 * package's {@code @AbiDefaults}, else IDENTICAL and WARN. Never {@code DEFAULT}.
 */
public record CompatPolicy(Compat compat, ImplicitPadding implicitPadding) {
    /** The built-in policy. */
    public static final CompatPolicy BUILT_IN = new CompatPolicy(Compat.IDENTICAL, ImplicitPadding.WARN);

    public CompatPolicy {
        Objects.requireNonNull(compat, "compat");
        Objects.requireNonNull(implicitPadding, "implicitPadding");
        if (compat == Compat.DEFAULT || implicitPadding == ImplicitPadding.DEFAULT) {
            throw new IllegalArgumentException("unresolved policy " + compat + ", " + implicitPadding);
        }
    }

    /** Whether a difference within a compat pair generates the compat variant. */
    public boolean generates() {
        return compat == Compat.GENERATE;
    }
}
