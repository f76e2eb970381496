package org.abistruct.processor.model;

import java.util.Objects;

/**
 * An array of {@code length} elements; a length of 0 is a flexible array member. A
 * two-dimensional {@code int16_t m[2][3]} is an array of 2 arrays of 3.
 */
public record ArrayType(CType element, int length) implements CType {
    public ArrayType {
        Objects.requireNonNull(element, "element");
        if (length < 0) {
            throw new IllegalArgumentException("negative array length " + length);
        }
    }

    /** The innermost non-array element type. */
    public CType leaf() {
        CType t = element;
        while (t instanceof ArrayType a) {
            t = a.element();
        }
        return t;
    }

    /** How many leaf elements one element holds: 3 for {@code m[2][3]}, 1 for {@code m[3]}. */
    public long leavesPerElement() {
        long n = 1;
        for (CType t = element; t instanceof ArrayType a; t = a.element()) {
            n *= a.length();
        }
        return n;
    }
}
