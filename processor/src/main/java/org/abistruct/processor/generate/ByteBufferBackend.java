package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.model.ScalarKind;

/**
 * The {@link ScalarAccess} over a {@link ByteBuffer}: absolute {@code get}/{@code put} for bytes
 * and byte-order-fixed view VarHandles for wider scalars, so the buffer's own order, position
 * and limit never matter and never change. Records which handles it used; one per class.
 */
final class ByteBufferBackend implements ScalarAccess {
    private static final String BUF = "buf";

    /** The VarHandle carriers, in the order their fields are declared. */
    private enum Carrier {
        SHORT(short.class), CHAR(char.class), INT(int.class), LONG(long.class),
        FLOAT(float.class), DOUBLE(double.class);

        final Class<?> type;

        Carrier(Class<?> type) {
            this.type = type;
        }
    }

    private final ByteOrder order;
    private final Set<Carrier> used = EnumSet.noneOf(Carrier.class);
    private boolean zeroUsed;

    ByteBufferBackend(ByteOrder order) {
        this.order = order;
    }

    @Override
    public TypeName memoryType() {
        return ClassName.get(ByteBuffer.class);
    }

    @Override
    public String memory() {
        return BUF;
    }

    @Override
    public CodeBlock limit() {
        return CodeBlock.of("$N.limit()", BUF);
    }

    @Override
    public CodeBlock load(ScalarKind kind, long size, CodeBlock index) {
        switch (kind) {
            case INT8: case UINT8:
                return CodeBlock.of("$N.get($L)", BUF, index);
            case BOOL:
                return CodeBlock.of("$N.get($L) != 0", BUF, index);
            case POINTER: case LONG: case ULONG:
                if (size == 4) {
                    CodeBlock word = handleGet(Carrier.INT, index);
                    return kind.signed() ? CodeBlock.of("(long) $L", word)
                            : CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, word);
                }
                return handleGet(Carrier.LONG, index);
            default:
                return handleGet(carrier(kind), index);
        }
    }

    @Override
    public CodeBlock store(ScalarKind kind, long size, CodeBlock index, String value,
                           String member) {
        switch (kind) {
            case INT8: case UINT8:
                return CodeBlock.of("$N.put($L, $N);\n", BUF, index, value);
            case BOOL:
                return CodeBlock.of("$N.put($L, (byte) ($N ? 1 : 0));\n", BUF, index, value);
            case POINTER: case LONG: case ULONG:
                if (size == 4) {
                    return CodeBlock.builder()
                            .add(narrowingCheck(kind, value, member))
                            .add(handleSet(Carrier.INT, index, CodeBlock.of("(int) $N", value)))
                            .build();
                }
                return handleSet(Carrier.LONG, index, CodeBlock.of("$N", value));
            default:
                return handleSet(carrier(kind), index, CodeBlock.of("$N", value));
        }
    }

    @Override
    public CodeBlock zero(CodeBlock index, long count) {
        zeroUsed = true;
        return CodeBlock.of("zero($N, $L, $L);\n", BUF, index, count);
    }

    @Override
    public void addSupport(TypeSpec.Builder type) {
        for (Carrier carrier : used) {
            type.addField(FieldSpec.builder(VarHandle.class, handleName(carrier),
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.byteBufferViewVarHandle($T[].class,$W$T.$L)",
                            MethodHandles.class, carrier.type, ByteOrder.class, order)
                    .build());
        }
        if (zeroUsed) {
            type.addMethod(zeroMethod());
        }
    }

    /** The range check of a 64-bit Java value stored in 4 bytes. */
    private static CodeBlock narrowingCheck(ScalarKind kind, String value, String member) {
        CodeBlock.Builder check = CodeBlock.builder();
        if (kind.signed()) {
            check.beginControlFlow("if ($N != (int) $N)", value, value)
                    .addStatement("throw new $T($S + $N$W+ $S)", IllegalArgumentException.class,
                            member + ": ", value, " does not fit a 4-byte " + kind.cType());
        } else {
            check.beginControlFlow("if ($N >>> 32 != 0)", value)
                    .addStatement("throw new $T($S + $T.toHexString($N)$W+ $S)",
                            IllegalArgumentException.class, member + ": 0x", Long.class, value,
                            " does not fit a 4-byte " + kind.cType());
        }
        return check.endControlFlow().build();
    }

    private CodeBlock handleGet(Carrier carrier, CodeBlock index) {
        used.add(carrier);
        return CodeBlock.of("($T) $N.get($N, $L)",
                TypeName.get(carrier.type), handleName(carrier), BUF, index);
    }

    private CodeBlock handleSet(Carrier carrier, CodeBlock index, CodeBlock value) {
        used.add(carrier);
        return CodeBlock.of("$N.set($N, $L, $L);\n", handleName(carrier), BUF, index, value);
    }

    private String handleName(Carrier carrier) {
        return carrier.name() + (order == ByteOrder.BIG_ENDIAN ? "_BE" : "_LE");
    }

    private static Carrier carrier(ScalarKind kind) {
        switch (kind) {
            case INT16: case UINT16: return Carrier.SHORT;
            case CHAR16: return Carrier.CHAR;
            case INT32: case UINT32: return Carrier.INT;
            case INT64: case UINT64: return Carrier.LONG;
            case FLOAT: return Carrier.FLOAT;
            case DOUBLE: return Carrier.DOUBLE;
            default: throw new IllegalArgumentException("no VarHandle carrier for " + kind);
        }
    }

    private static MethodSpec zeroMethod() {
        return MethodSpec.methodBuilder("zero")
                .addJavadoc("Sets {@code count} bytes from {@code index} to zero.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(ByteBuffer.class, BUF)
                .addParameter(int.class, "index")
                .addParameter(int.class, "count")
                .beginControlFlow("for (int end = index + count; index < end; index++)")
                .addStatement("$N.put(index, (byte) 0)", BUF)
                .endControlFlow()
                .build();
    }
}
