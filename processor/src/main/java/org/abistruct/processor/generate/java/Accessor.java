package org.abistruct.processor.generate.java;

import java.util.List;
import org.abistruct.processor.plan.MemberSlot;

/** The kinds of accessor method a member gets. */
enum Accessor {
    GET, SET, GET_ELEMENT, SET_ELEMENT, GET_ARRAY, SET_ARRAY;

    /**
     * The accessors of {@code slot}: get/set for a scalar or struct, by element for an array,
     * also whole for a fixed-length array.
     */
    static List<Accessor> of(MemberSlot slot) {
        if (!slot.isArray()) {
            return List.of(GET, SET);
        }
        return slot.isFlexible() ? List.of(GET_ELEMENT, SET_ELEMENT)
                : List.of(GET_ELEMENT, SET_ELEMENT, GET_ARRAY, SET_ARRAY);
    }

    /** Whether this reads or writes a whole fixed-length array. */
    boolean wholeArray() {
        return this == GET_ARRAY || this == SET_ARRAY;
    }

    boolean reads() {
        return this == GET || this == GET_ELEMENT || this == GET_ARRAY;
    }
}
