package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import org.abistruct.processor.model.ScalarKind;

/**
 * The memory backend of a generated class: the code that loads and stores one scalar in the
 * ABI's byte order, and zeroes padding. It is the only part of generation that knows the memory
 * type, so another backend (a {@code MemorySegment} one) replaces just this.
 */
interface ScalarAccess {
    /** The memory parameter's type, such as {@code ByteBuffer}. */
    TypeName memoryType();

    /** The memory parameter's name. */
    String memory();

    /** An {@code int} expression: how many bytes of memory may be addressed. */
    CodeBlock limit();

    /**
     * An expression of the kind's Java type: the {@code size}-byte scalar at {@code index}.
     * Pointers and C longs of 4 bytes widen to {@code long}, signed or unsigned as the kind says.
     */
    CodeBlock load(ScalarKind kind, long size, CodeBlock index);

    /**
     * Statements storing the variable {@code value} as a {@code size}-byte scalar at
     * {@code index}; a {@code long} too wide for 4 bytes throws, naming {@code member}.
     */
    CodeBlock store(ScalarKind kind, long size, CodeBlock index, String value, String member);

    /** A statement setting {@code count} bytes from {@code index} to zero. */
    CodeBlock zero(CodeBlock index, long count);

    /** Adds the fields and methods the emitted code uses, such as VarHandles, to {@code type}. */
    void addSupport(TypeSpec.Builder type);
}
