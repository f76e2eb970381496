package org.abistruct.processor.generate.memory;

import org.abistruct.processor.model.ScalarKind;

/** How the runtime helpers name a scalar's accessors: {@code getInt} for int32_t and uint32_t. */
final class Carriers {
    private Carriers() {}

    /** The part of the runtime method's name after get or set. */
    static String of(ScalarKind kind) {
        return switch (kind) {
            case INT8, UINT8 -> "Byte";
            case BOOL -> "Boolean";
            case INT16, UINT16 -> "Short";
            case CHAR16 -> "Char";
            case INT32, UINT32 -> "Int";
            case INT64, UINT64 -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case POINTER, LONG, ULONG -> throw new IllegalArgumentException(
                    kind + " is ABI-sized: a word");
        };
    }
}
