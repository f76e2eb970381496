package org.abistruct.processor.generate.memory;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.nio.ByteOrder;
import org.abistruct.processor.model.ScalarKind;

/**
 * The memory a generated accessor or converter works on: everything generated code does to
 * memory (bounds checks, scalar loads and stores in the ABI's byte order, element offsets,
 * sizes with a flexible array, padding zeroing and compat copies) is spelled here, so that a
 * new kind of memory is one new backend and its runtime helper. Every expression it writes
 * may use the layout record's components ({@code size}, {@code bigEndian}, {@code wordSize}).
 */
public interface MemoryBackend {
    /** The memory parameter's type, such as {@code ByteBuffer}. */
    TypeName memoryType();

    /** The memory parameter's name. */
    String memory();

    /** The type of offsets into the memory, and of sizes computed from them. */
    TypeName offsetType();

    /**
     * An offset expression: the struct's offset, once the struct is checked to lie inside the
     * memory (it throws {@link IndexOutOfBoundsException} otherwise).
     */
    CodeBlock checked();

    /**
     * {@link #checked()} in the form of the {@code kind} accesses that follow, so that their
     * own checks repeat it and cost nothing more.
     */
    CodeBlock checkedFor(ScalarKind kind);

    /**
     * An expression of the kind's Java type: the scalar {@code at} bytes into the struct, once
     * the struct is checked, in the ABI's byte order or, given one ({@code __be32}), in
     * {@code order}. Pointers and C longs widen to {@code long}, signed or unsigned as the kind
     * says.
     */
    CodeBlock load(ScalarKind kind, CodeBlock at, ByteOrder order);

    /**
     * A statement storing the variable {@code value} as the scalar {@code at} bytes into the
     * struct, once it is checked, in the ABI's byte order or {@code order}; a {@code long} too
     * wide for a 4-byte pointer or C long throws, naming {@code member}.
     */
    CodeBlock store(ScalarKind kind, CodeBlock at, ByteOrder order, String value, String member);

    /**
     * An expression: {@code array}, a new array of the member's lengths, once every scalar of
     * the array member {@code at} bytes into the struct is read into it, as {@link #load} reads
     * one; the struct is checked.
     */
    CodeBlock loadAll(ScalarKind kind, CodeBlock at, ByteOrder order, CodeBlock array);

    /**
     * A statement storing every element of the array expression {@code array} as the array
     * member {@code at} bytes into the struct, as {@link #store} stores one, once the struct is
     * checked; where a {@code long} is too wide for a 4-byte pointer or C long, it throws
     * naming {@code member} before any byte is written.
     */
    CodeBlock storeAll(ScalarKind kind, CodeBlock at, ByteOrder order, CodeBlock array,
                       String member);

    /**
     * An expression of the kind's Java type: the bitfield of {@code width} bits starting
     * {@code bit} bits into the byte {@code at} bytes into the struct, zero- or sign-extended
     * as the kind says; the struct is checked.
     */
    CodeBlock loadBits(ScalarKind kind, CodeBlock at, CodeBlock bit, int width);

    /**
     * A statement storing the variable {@code value} as that bitfield, keeping the bits around
     * it; one that does not fit throws, naming {@code member}, before any byte is written.
     */
    CodeBlock storeBits(ScalarKind kind, CodeBlock at, CodeBlock bit, int width, String value,
                        String member);

    /**
     * A {@code String} expression: the C string in the {@code length}-byte {@code char} array
     * {@code at} bytes into the struct, up to its first NUL, as UTF-8; the struct is checked.
     */
    CodeBlock loadString(CodeBlock at, int length);

    /**
     * A statement storing the {@code String} variable {@code value} as a C string into the
     * {@code length}-byte {@code char} array {@code at} bytes into the struct: UTF-8, a NUL,
     * zeroes; one that does not fit throws, naming {@code member}, before any byte is written.
     */
    CodeBlock storeString(CodeBlock at, int length, String value, String member);

    /**
     * A statement zeroing the struct's bytes from {@code from} bytes in to its end, checking
     * the struct first.
     */
    CodeBlock zeroTail(CodeBlock from);

    /**
     * An {@code int} expression: how many elements of {@code stride} bytes fit the memory from
     * {@code at} bytes into the struct on, the room of a flexible array member.
     */
    CodeBlock capacity(CodeBlock at, CodeBlock stride);

    /** A statement zeroing the ranges of the {@code padding} component, the struct at {@code at}. */
    CodeBlock zero(CodeBlock padding, CodeBlock at);

    /**
     * An offset expression: where element {@code index} of an array of {@code size}-byte structs
     * starting at {@code arrayOffset} begins, refusing a negative index and an overflow.
     */
    CodeBlock elementOffset(String arrayOffset, String index, CodeBlock size);

    /** Whether {@code AbiLayout} already declares {@code elementOffset} over this memory. */
    default boolean elementOffsetInherited() {
        return false;
    }

    /**
     * An offset expression: the bytes a struct of {@code size} bytes takes with {@code count}
     * elements of {@code stride} bytes from {@code at} on, refusing a negative count and an
     * overflow.
     */
    CodeBlock sizeWith(CodeBlock size, CodeBlock at, CodeBlock count, CodeBlock stride);

    /**
     * The runtime class whose static methods compat converters call: {@code check},
     * {@code checkArrays}, {@code copy}, {@code zero}, the unrolled {@code copyN} and
     * {@code zeroN}, {@code widen} and {@code narrow}, each taking this memory type.
     */
    ClassName compatCopy();

    /**
     * The runtime class of the converters' operations on single values: {@code copyBits},
     * a bitfield moved, and {@code fits}, a word checked before a narrowing converter writes.
     */
    ClassName compatValues();
}
