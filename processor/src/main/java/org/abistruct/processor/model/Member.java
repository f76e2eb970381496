package org.abistruct.processor.model;

import java.nio.ByteOrder;
import java.util.Objects;

/**
 * One member of a struct or union: the record component's name, its C name, type, explicit
 * {@code aligned} attribute (0 for none), whether it is an anonymous struct or union, and the
 * byte order its integers have on every ABI ({@code __be16} and friends), or null for the ABI's,
 * and for a bitfield its width, else null.
 */
public record Member(String javaName, String cName, CType type, int align, boolean anonymous,
                     ByteOrder order, BitWidth bits) {
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
        if (bits != null && !(type instanceof Scalar s && BitWidth.allowedOn(s.kind())
                && bits.width() <= 8 * s.kind().fixedSize() && order == null)) {
            throw new IllegalArgumentException("bitfield " + cName + " of " + type);
        }
    }

    /** A member in its own byte order, or the ABI's for null; not a bitfield. */
    public Member(String javaName, String cName, CType type, int align, boolean anonymous,
                  ByteOrder order) {
        this(javaName, cName, type, align, anonymous, order, null);
    }

    /** A member in the ABI's byte order. */
    public Member(String javaName, String cName, CType type, int align, boolean anonymous) {
        this(javaName, cName, type, align, anonymous, null, null);
    }

    /** Whether this is a bitfield. */
    public boolean bitfield() {
        return bits != null;
    }

    /** Whether C names this member: not an unnamed or zero-width bitfield. */
    public boolean named() {
        return bits == null || bits.named();
    }

    /** Whether this is a C string: a one-dimensional {@code char} array of fixed length. */
    public boolean cString() {
        return type instanceof ArrayType a && a.length() > 0
                && a.element() instanceof Scalar s && s.kind() == ScalarKind.CHAR;
    }
}
