package org.abistruct.processor.model;

import java.nio.ByteOrder;
import java.util.Objects;

/**
 * One member of a struct or union: the record component's name, its C name, type, explicit
 * {@code aligned} attribute (0 for none), whether it is an anonymous struct or union, and the
 * byte order its integers have on every ABI ({@code __be16} and friends), or null for the ABI's.
 */
public record Member(String javaName, String cName, CType type, int align, boolean anonymous,
                     ByteOrder order) {
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
        CType leaf = type instanceof ArrayType a ? a.leaf() : type;
        if (order != null && !(leaf instanceof Scalar s && s.kind().fixedOrder())) {
            throw new IllegalArgumentException("only a fixed-size integer has its own byte order");
        }
    }

    /** A member in the ABI's byte order. */
    public Member(String javaName, String cName, CType type, int align, boolean anonymous) {
        this(javaName, cName, type, align, anonymous, null);
    }

    /** Whether this is a C string: a one-dimensional {@code char} array of fixed length. */
    public boolean cString() {
        return type instanceof ArrayType a && a.length() > 0
                && a.element() instanceof Scalar s && s.kind() == ScalarKind.CHAR;
    }
}
