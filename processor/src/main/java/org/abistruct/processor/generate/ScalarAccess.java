package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import org.abistruct.processor.model.ScalarKind;

/**
 * The memory backend of a layout record: the code that checks that the struct lies inside the
 * memory and loads or stores one scalar in the ABI's byte order. It is the only part of
 * generation that knows the memory type, so another backend (a {@code MemorySegment} one)
 * replaces just this. Every expression it writes may use the record's components.
 */
interface ScalarAccess {
    /** The memory parameter's type, such as {@code ByteBuffer}. */
    TypeName memoryType();

    /** The memory parameter's name. */
    String memory();

    /**
     * An {@code int} expression: the struct's offset, once the struct is checked to lie inside
     * the memory (it throws {@link IndexOutOfBoundsException} otherwise).
     */
    CodeBlock checked();

    /**
     * {@link #checked()} in the form of the {@code kind} accesses that follow, so that their
     * own checks repeat it and cost nothing more.
     */
    CodeBlock checkedFor(ScalarKind kind);

    /**
     * An expression of the kind's Java type: the scalar {@code at} bytes into the struct, once
     * the struct is checked. Pointers and C longs widen to {@code long}, signed or unsigned as
     * the kind says.
     */
    CodeBlock load(ScalarKind kind, CodeBlock at);

    /**
     * A statement storing the variable {@code value} as the scalar {@code at} bytes into the
     * struct, once it is checked; a {@code long} too wide for a 4-byte pointer or C long throws,
     * naming {@code member}.
     */
    CodeBlock store(ScalarKind kind, CodeBlock at, String value, String member);

    /**
     * An {@code int} expression: how many elements of {@code stride} bytes fit the memory from
     * {@code at} bytes into the struct on, the room of a flexible array member.
     */
    CodeBlock capacity(CodeBlock at, CodeBlock stride);
}
