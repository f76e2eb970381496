package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.TypeName;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.MemberSlot;

/** The Java types that carry a member's values in generated code. */
final class JavaTypes {
    private JavaTypes() {}

    /** The Java type of one innermost element: a primitive, or the embedded struct's record. */
    static TypeName element(MemberSlot slot) {
        return slot.leaf() instanceof StructRef ref ? Names.record(ref) : primitive(slot.kind());
    }

    /** The Java type of the whole member: the element type with one {@code []} per dimension. */
    static TypeName of(MemberSlot slot) {
        TypeName type = element(slot);
        for (int d = 0; d < slot.dims().size(); d++) {
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
