package org.abistruct.processor.generate.memory;

import static org.abistruct.processor.generate.memory.RecordNames.BIG_ENDIAN;
import static org.abistruct.processor.generate.memory.RecordNames.WORD_SIZE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import org.abistruct.processor.model.ScalarKind;

/**
 * The scalar loads and stores of a backend whose runtime helper has the accessor shape of
 * {@code BufferAccess}: {@code getInt(memory, offset, size, at, bigEndian)}, {@code getWord}
 * with the word's size and signedness, and their setters.
 */
final class RuntimeCalls {
    private RuntimeCalls() {}

    /** The load of {@code kind} at {@code at} through {@code runtime}, for {@code struct}. */
    static CodeBlock load(ClassName runtime, CodeBlock struct, ScalarKind kind, CodeBlock at) {
        if (kind.abiSized()) {
            return CodeBlock.of("$T.getWord($L, $L, $N, $L)", runtime, struct, at, BIG_ENDIAN,
                    word(kind));
        }
        String name = "get" + carrier(kind);
        // The byte order matters only past one byte.
        return kind.fixedSize() > 1
                ? CodeBlock.of("$T.$N($L, $L, $N)", runtime, name, struct, at, BIG_ENDIAN)
                : CodeBlock.of("$T.$N($L, $L)", runtime, name, struct, at);
    }

    /** The store of the variable {@code value}, named {@code member} when it does not fit. */
    static CodeBlock store(ClassName runtime, CodeBlock struct, ScalarKind kind, CodeBlock at,
                           String value, String member) {
        if (kind.abiSized()) {
            return CodeBlock.of("$T.setWord($L, $L, $N, $L,$W$N, $S, $S);\n", runtime, struct,
                    at, BIG_ENDIAN, word(kind), value, member, kind.cType());
        }
        String name = "set" + carrier(kind);
        return kind.fixedSize() > 1
                ? CodeBlock.of("$T.$N($L, $L, $N, $N);\n", runtime, name, struct, at,
                        BIG_ENDIAN, value)
                : CodeBlock.of("$T.$N($L, $L, $N);\n", runtime, name, struct, at, value);
    }

    /** {@code wordSize, true}: the word's size on this ABI and its signedness. */
    private static CodeBlock word(ScalarKind kind) {
        return CodeBlock.of("$N, $L", WORD_SIZE, kind.signed());
    }

    /** The part of the runtime method's name after get or set: Int for int32_t and uint32_t. */
    private static String carrier(ScalarKind kind) {
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
