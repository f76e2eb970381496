package org.abistruct.processor.layout;

import java.util.List;
import java.util.Objects;
import org.abistruct.Abi;
import org.abistruct.processor.model.StructDecl;

/**
 * A struct or union laid out under one ABI: size, alignment, each member (declaration order)
 * and every padding range (offset order). For a union, padding is what no member covers.
 */
public record StructLayout(
        StructDecl decl, Abi abi, long size, int alignment,
        List<FieldLayout> fields, List<Padding> paddings) {

    public StructLayout {
        Objects.requireNonNull(decl, "decl");
        Objects.requireNonNull(abi, "abi");
        fields = List.copyOf(fields);
        paddings = List.copyOf(paddings);
        if (size < 0 || Long.bitCount(alignment) != 1 || size % alignment != 0) {
            throw new IllegalArgumentException(
                    decl.cName() + ": size " + size + " alignment " + alignment);
        }
    }

    /** Whether the struct ends in a flexible array member. */
    public boolean hasFlexibleArray() {
        return !fields.isEmpty() && fields.get(fields.size() - 1).flexible();
    }

    /** The flexible array member the struct ends in. */
    public FieldLayout flexibleArray() {
        if (!hasFlexibleArray()) {
            throw new IllegalStateException(decl.cName() + " has no flexible array member");
        }
        return fields.get(fields.size() - 1);
    }
}
