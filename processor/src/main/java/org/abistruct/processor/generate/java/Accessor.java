package org.abistruct.processor.generate.java;

import java.util.List;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.plan.MemberSlot;

/** The kinds of accessor method a member gets. */
enum Accessor {
    GET, SET, GET_ELEMENT, SET_ELEMENT, GET_ARRAY, SET_ARRAY, GET_STRING, SET_STRING;

    /**
     * The accessors of {@code slot}: get/set for a scalar or struct, by element for an array,
     * also whole for a fixed-length array, and as a string for a C {@code char} array.
     */
    static List<Accessor> of(MemberSlot slot) {
        if (!slot.member().named()) {
            return List.of();
        }
        if (!slot.isArray()) {
            return List.of(GET, SET);
        }
        if (slot.isFlexible()) {
            return List.of(GET_ELEMENT, SET_ELEMENT);
        }
        return slot.isCString()
                ? List.of(GET_ELEMENT, SET_ELEMENT, GET_ARRAY, SET_ARRAY, GET_STRING, SET_STRING)
                : List.of(GET_ELEMENT, SET_ELEMENT, GET_ARRAY, SET_ARRAY);
    }

    /** The method's name for {@code member}: {@code getIfrName}, {@code setIfrNameString}. */
    String methodName(Member member) {
        String name = reads() ? Names.getter(member) : Names.setter(member);
        return string() ? name + "String" : name;
    }

    /** Whether this reads or writes a whole fixed-length array. */
    boolean wholeArray() {
        return this == GET_ARRAY || this == SET_ARRAY;
    }

    /** Whether this reads or writes a C string. */
    boolean string() {
        return this == GET_STRING || this == SET_STRING;
    }

    boolean reads() {
        return this == GET || this == GET_ELEMENT || this == GET_ARRAY || this == GET_STRING;
    }
}
