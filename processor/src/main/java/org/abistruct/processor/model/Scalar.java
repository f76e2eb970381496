package org.abistruct.processor.model;

import java.util.Objects;

/** A scalar member type. */
public record Scalar(ScalarKind kind) implements CType {
    public Scalar {
        Objects.requireNonNull(kind, "kind");
    }
}
