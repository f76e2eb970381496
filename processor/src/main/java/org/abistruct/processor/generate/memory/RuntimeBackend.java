package org.abistruct.processor.generate.memory;

import static org.abistruct.processor.generate.memory.RecordNames.BIG_ENDIAN;
import static org.abistruct.processor.generate.memory.RecordNames.OFFSET;
import static org.abistruct.processor.generate.memory.RecordNames.SIZE;
import static org.abistruct.processor.generate.memory.RecordNames.WORD_SIZE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.nio.ByteOrder;
import org.abistruct.processor.model.ScalarKind;

/**
 * A backend whose runtime helper has the shape of {@code BufferAccess}:
 * {@code getInt(memory, offset, size, at, bigEndian)}, {@code getWord} with the word's size and
 * signedness, {@code getString} with the array's length, their setters, {@code capacity},
 * {@code elementOffset} and {@code sizeWith}. Its
 * subclasses give the memory type, the checks, padding zeroing and the compat helper.
 */
abstract class RuntimeBackend implements MemoryBackend {
    /** The runtime helper the generated code calls. */
    final ClassName runtime;
    /** Its helper for whole arrays, such as {@code BufferArrays}. */
    private final ClassName arrays;
    private final String memory;

    RuntimeBackend(ClassName runtime, ClassName arrays, String memory) {
        this.runtime = runtime;
        this.arrays = arrays;
        this.memory = memory;
    }

    @Override
    public final String memory() {
        return memory;
    }

    /** {@code buf, offset, size}: the struct the runtime checks before the access. */
    final CodeBlock struct() {
        return CodeBlock.of("$N, $N, $N", memory, OFFSET, SIZE);
    }

    @Override
    public final CodeBlock load(ScalarKind kind, CodeBlock at, ByteOrder order) {
        if (kind.abiSized()) {
            return CodeBlock.of("$T.getWord($L, $L, $N, $L)", runtime, struct(), at, BIG_ENDIAN,
                    word(kind));
        }
        String name = "get" + carrier(kind);
        // The byte order matters only past one byte.
        return kind.fixedSize() > 1
                ? CodeBlock.of("$T.$N($L, $L, $L)", runtime, name, struct(), at, bigEndian(order))
                : CodeBlock.of("$T.$N($L, $L)", runtime, name, struct(), at);
    }

    @Override
    public final CodeBlock store(ScalarKind kind, CodeBlock at, ByteOrder order, String value,
                                 String member) {
        if (kind.abiSized()) {
            return CodeBlock.of("$T.setWord($L, $L, $N, $L,$W$N, $S, $S);\n", runtime, struct(),
                    at, BIG_ENDIAN, word(kind), value, member, kind.cType());
        }
        String name = "set" + carrier(kind);
        return kind.fixedSize() > 1
                ? CodeBlock.of("$T.$N($L, $L, $L, $N);\n", runtime, name, struct(), at,
                        bigEndian(order), value)
                : CodeBlock.of("$T.$N($L, $L, $N);\n", runtime, name, struct(), at, value);
    }

    @Override
    public final CodeBlock loadAll(ScalarKind kind, CodeBlock at, ByteOrder order,
                                   CodeBlock array) {
        return kind.abiSized()
                ? CodeBlock.of("$T.getWords($L, $L, $N, $L,$W$L)", arrays, struct(), at,
                        BIG_ENDIAN, word(kind), array)
                : CodeBlock.of("$T.get($L, $L, $L,$W$L)", arrays, struct(), at, bigEndian(order),
                        array);
    }

    @Override
    public final CodeBlock storeAll(ScalarKind kind, CodeBlock at, ByteOrder order,
                                    CodeBlock array, String member) {
        return kind.abiSized()
                ? CodeBlock.of("$T.setWords($L, $L, $N, $L,$W$L, $S, $S);\n", arrays, struct(), at,
                        BIG_ENDIAN, word(kind), array, member, kind.cType())
                : CodeBlock.of("$T.set($L, $L, $L,$W$L);\n", arrays, struct(), at,
                        bigEndian(order), array);
    }

    @Override
    public final CodeBlock loadBits(ScalarKind kind, CodeBlock at, CodeBlock bit, int width) {
        CodeBlock get = CodeBlock.of("$T.getBits($L, $L, $N, $L, $L, $L)", runtime, struct(), at,
                BIG_ENDIAN, bit, width, kind.signed());
        return kind.javaType().equals("long") ? get
                : CodeBlock.of("($L) $L", kind.javaType(), get);
    }

    @Override
    public final CodeBlock storeBits(ScalarKind kind, CodeBlock at, CodeBlock bit, int width,
                                     String value, String member) {
        CodeBlock wide = kind.signed() || kind == ScalarKind.UINT64 ? CodeBlock.of("$N", value)
                : CodeBlock.of("$T.toUnsignedLong($N)", switch (kind) {
                    case UINT8 -> Byte.class;
                    case UINT16 -> Short.class;
                    default -> Integer.class;
                }, value);
        return CodeBlock.of("$T.setBits($L, $L, $N, $L, $L, $L,$W$L, $S);\n", runtime, struct(),
                at, BIG_ENDIAN, bit, width, kind.signed(), wide, member);
    }

    @Override
    public final CodeBlock loadString(CodeBlock at, int length) {
        return CodeBlock.of("$T.getString($L, $L, $L)", runtime, struct(), at, length);
    }

    @Override
    public final CodeBlock storeString(CodeBlock at, int length, String value, String member) {
        return CodeBlock.of("$T.setString($L, $L, $L,$W$N, $S);\n", runtime, struct(), at, length,
                value, member);
    }

    @Override
    public final CodeBlock zeroTail(CodeBlock from) {
        return CodeBlock.of("$T.zeroTail($L, $L);\n", runtime, struct(), from);
    }

    @Override
    public final CodeBlock capacity(CodeBlock at, CodeBlock stride) {
        return CodeBlock.of("$T.capacity($N, $N, $L, $L)", runtime, memory, OFFSET, at, stride);
    }

    @Override
    public final CodeBlock elementOffset(String arrayOffset, String index, CodeBlock size) {
        return CodeBlock.of("$T.elementOffset($N, $N, $L)", runtime, arrayOffset, index, size);
    }

    @Override
    public final CodeBlock sizeWith(CodeBlock size, CodeBlock at, CodeBlock count,
                                    CodeBlock stride) {
        return CodeBlock.of("$T.sizeWith($L, $L, $L, $L)", runtime, size, at, count, stride);
    }

    /** The {@code bigEndian} component, or the constant of a member's own {@code order}. */
    private static CodeBlock bigEndian(ByteOrder order) {
        return order == null ? CodeBlock.of("$N", BIG_ENDIAN)
                : CodeBlock.of("$L", order == ByteOrder.BIG_ENDIAN);
    }

    /** {@code wordSize, true}: the word's size on this ABI and its signedness. */
    private static CodeBlock word(ScalarKind kind) {
        return CodeBlock.of("$N, $L", WORD_SIZE, kind.signed());
    }

    /** The part of the runtime method's name after get or set: Int for int32_t and uint32_t. */
    private static String carrier(ScalarKind kind) {
        return switch (kind) {
            case INT8, UINT8, CHAR -> "Byte";
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
