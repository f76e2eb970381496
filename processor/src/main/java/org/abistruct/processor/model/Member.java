package org.abistruct.processor.model;

import java.util.Objects;

/**
 * One member of a struct or union: the record component's name, its C name, type, explicit
 * {@code aligned} attribute (0 for none), and whether it is an anonymous struct or union.
 */
public record Member(String javaName, String cName, CType type, int align, boolean anonymous) {
    public Member {
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(cName, "cName");
        Objects.requireNonNull(type, "type");
        if (align < 0) {
            throw new IllegalArgumentException("negative alignment " + align);
        }
        if (anonymous && !(type instanceof StructRef)) {
            throw new IllegalArgumentException("only a struct or union member can be anonymous");
        }
    }

    /** Whether this is a C string: a one-dimensional {@code char} array of fixed length. */
    public boolean cString() {
        return type instanceof ArrayType a && a.length() > 0
                && a.element() instanceof Scalar s && s.kind() == ScalarKind.CHAR;
    }
}
