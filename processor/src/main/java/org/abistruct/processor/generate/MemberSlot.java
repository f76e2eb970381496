package org.abistruct.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
record MemberSlot(FieldLayout field, long offset) {

    /** Every member of {@code layout}, each anonymous member followed by its own members. */
    static List<MemberSlot> of(StructLayout layout) {
        List<MemberSlot> slots = new ArrayList<>();
        addSlots(layout, 0, slots);
        return slots;
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

    Member member() {
        return field.member();
    }

    /** The array lengths, outermost first; empty for a non-array member. */
    List<Integer> dims() {
        List<Integer> dims = new ArrayList<>();
        for (CType t = member().type(); t instanceof ArrayType a; t = a.element()) {
            dims.add(a.length());
        }
        return dims;
    }

    boolean isArray() {
        return member().type() instanceof ArrayType;
    }

    /** Whether this is a flexible array member ({@code name[]}). */
    boolean isFlexible() {
        return field.flexible();
    }

    /** The innermost element type: the member's own type unless it is an array. */
    CType leaf() {
        CType type = member().type();
        return type instanceof ArrayType a ? a.leaf() : type;
    }

    /** Whether the element is an embedded struct or union. */
    boolean isStruct() {
        return leaf() instanceof StructRef;
    }

    /** The scalar kind of the element; only for scalar elements. */
    ScalarKind kind() {
        return ((Scalar) leaf()).kind();
    }

    /** The layout of the embedded struct or union element; only for struct elements. */
    StructLayout nested() {
        Optional<StructLayout> nested = field.nested();
        return nested.orElseThrow(() -> new IllegalStateException(
                "no nested layout for " + member().cName()));
    }

    /** The size of one innermost element in bytes. */
    long elementSize() {
        return field.elementSize();
    }

    /** The Java type of one innermost element. */
    TypeName elementType() {
        return leaf() instanceof StructRef ref ? Names.record(ref) : primitive(kind());
    }

    /** The Java type of the whole member: the element type with one {@code []} per dimension. */
    TypeName javaType() {
        TypeName type = elementType();
        for (int d = 0; d < dims().size(); d++) {
            type = ArrayTypeName.of(type);
        }
        return type;
    }

    private static TypeName primitive(ScalarKind kind) {
        switch (kind.javaType()) {
            case "byte": return TypeName.BYTE;
            case "short": return TypeName.SHORT;
            case "char": return TypeName.CHAR;
            case "int": return TypeName.INT;
            case "long": return TypeName.LONG;
            case "float": return TypeName.FLOAT;
            case "double": return TypeName.DOUBLE;
            case "boolean": return TypeName.BOOLEAN;
            default: throw new IllegalArgumentException("no Java type for " + kind);
        }
    }
}
