package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.nio.ByteBuffer;
import javax.lang.model.element.Modifier;

/**
 * The private static helper methods of a compat converter class: bulk copy and zeroing of long
 * runs, and the widening and narrowing of 4-byte pointers and C longs to and from 8 bytes in
 * one byte order.
 */
final class CompatSupportMethods {
    private CompatSupportMethods() {}

    /** The helper called {@code name}, such as {@code copy} or {@code narrowSignedLE}. */
    static MethodSpec method(String name) {
        String from = CompatCode.FROM;
        String to = CompatCode.TO;
        MethodSpec.Builder m = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
        if (name.equals("zero")) {
            return m.addJavadoc("Sets {@code count} bytes from {@code index} to zero.\n")
                    .addParameter(ByteBuffer.class, to).addParameter(int.class, "index")
                    .addParameter(int.class, "count")
                    .beginControlFlow("for (; count >= 8; index += 8, count -= 8)")
                    .addStatement("LONG_NATIVE.set($N, index, 0L)", to)
                    .endControlFlow()
                    .beginControlFlow("for (; count > 0; index++, count--)")
                    .addStatement("$N.put(index, (byte) 0)", to)
                    .endControlFlow().build();
        }
        m.addParameter(ByteBuffer.class, from).addParameter(int.class, "fromIndex")
                .addParameter(ByteBuffer.class, to).addParameter(int.class, "toIndex");
        if (name.equals("copy")) {
            return m.addJavadoc("Copies {@code count} bytes as they are.\n")
                    .addParameter(int.class, "count")
                    .addStatement("$N.put(toIndex, $N, fromIndex, count)", to, from).build();
        }
        String order = name.substring(name.length() - 2);
        boolean signed = name.contains("Signed");
        if (name.startsWith("widen")) {
            CodeBlock word = CodeBlock.of("(int) INT_$L.get($N, fromIndex)", order, from);
            return m.addJavadoc("Widens a 4-byte value to 8 bytes, $L.\n",
                            signed ? "sign-extending" : "zero-extending")
                    .addStatement("LONG_$L.set($N, toIndex, $L)", order, to, signed
                            ? CodeBlock.of("(long) $L", word)
                            : CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, word))
                    .build();
        }
        m.addJavadoc("Narrows an 8-byte value to 4 bytes.\n\n@throws IllegalArgumentException if"
                        + " it does not fit them\n")
                .addParameter(String.class, "what")
                .addStatement("long value = (long) LONG_$L.get($N, fromIndex)", order, from);
        if (signed) {
            m.beginControlFlow("if (value != (int) value)");
        } else {
            m.beginControlFlow("if (value >>> 32 != 0)");
        }
        return m.addStatement("throw new $T(what + $S + $T.toHexString(value)$W+ $S)",
                        IllegalArgumentException.class, ": 0x", Long.class,
                        " does not fit 4 bytes")
                .endControlFlow()
                .addStatement("INT_$L.set($N, toIndex, (int) value)", order, to)
                .build();
    }
}
