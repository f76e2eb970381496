package org.abistruct.importer.model;

import java.util.List;

/** A C type as GCC's debug information describes it; structs and unions by reference. */
public sealed interface CType {

    /** A base type: {@code unsigned int}, {@code char}, {@code _Bool}, {@code double}... */
    record Base(String name, int size, Encoding encoding) implements CType {}

    /** A typedef, such as {@code __u64}, with the type it names. */
    record Typedef(String name, CType target) implements CType {}

    /** A pointer, with the C spelling of what it points to ({@code void}, {@code struct foo}). */
    record Pointer(int size, String target) implements CType {}

    /** An array; a length of -1 is a flexible array member ({@code []}). */
    record Array(CType element, List<Integer> lengths) implements CType {
        public Array {
            lengths = List.copyOf(lengths);
        }
    }

    /** A struct or union, by its debug-information offset. */
    record Record(long id) implements CType {}

    /** An enum, carried by an integer of its size. */
    record Enum(String name, int size, boolean signed) implements CType {}

    /** A type the importer cannot carry (a function, {@code long double}...), with its C text. */
    record Unsupported(String text) implements CType {}

    /** How a base type's bits are read. */
    enum Encoding { SIGNED, UNSIGNED, SIGNED_CHAR, UNSIGNED_CHAR, BOOLEAN, FLOAT, OTHER }
}
