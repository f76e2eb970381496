package org.abistruct.processor.plan;

import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructRef;

/**
 * One member as a generated class sees it: the members of anonymous members are flattened into
 * the enclosing struct, and {@code offset} counts from the start of that outermost struct.
 */
public record MemberSlot(FieldLayout field, long offset) {

    /** Every member of {@code layout}, each anonymous member followed by its own members. */
    static List<MemberSlot> of(StructLayout layout) {
        List<MemberSlot> slots = new ArrayList<>();
        addSlots(layout, 0, slots);
        return List.copyOf(slots);
    }

    /** A member of the struct itself, not reached through an anonymous member. */
    public static MemberSlot top(FieldLayout field) {
        return new MemberSlot(field, field.offset());
    }

    private static void addSlots(StructLayout layout, long base, List<MemberSlot> slots) {
        for (FieldLayout field : layout.fields()) {
            MemberSlot slot = new MemberSlot(field, base + field.offset());
            slots.add(slot);
            if (field.member().anonymous()) {
                addSlots(slot.nested(), slot.offset(), slots);
            }
        }
    }

    public Member member() {
        return field.member();
    }

    /** The array lengths, outermost first; empty for a non-array member. */
    public List<Integer> dims() {
        List<Integer> dims = new ArrayList<>();
        for (CType t = member().type(); t instanceof ArrayType a; t = a.element()) {
            dims.add(a.length());
        }
        return dims;
    }

    public boolean isArray() {
        return member().type() instanceof ArrayType;
    }

    /** Whether this is a flexible array member ({@code name[]}). */
    public boolean isFlexible() {
        return field.flexible();
    }

    /** The innermost element type: the member's own type unless it is an array. */
    public CType leaf() {
        CType type = member().type();
        return type instanceof ArrayType a ? a.leaf() : type;
    }

    /** Whether this is a C string, a fixed {@code char} array, with string accessors. */
    public boolean isCString() {
        return member().cString();
    }

    /** Whether the element is an embedded struct or union. */
    public boolean isStruct() {
        return leaf() instanceof StructRef;
    }

    /** The scalar kind of the element; only for scalar elements. */
    public ScalarKind kind() {
        return ((Scalar) leaf()).kind();
    }

    /** The layout of the embedded struct or union element; only for struct elements. */
    public StructLayout nested() {
        return field.nested().orElseThrow(() -> new IllegalStateException(
                "no nested layout for " + member().cName()));
    }

    /** Whether this is a bitfield. */
    public boolean isBitfield() {
        return member().bitfield();
    }

    /** Where a bitfield starts in the byte at its offset (see {@link FieldLayout#bit()}). */
    public int bit() {
        return field.bit();
    }

    /** The size of one innermost element in bytes. */
    public long elementSize() {
        return field.elementSize();
    }
}
