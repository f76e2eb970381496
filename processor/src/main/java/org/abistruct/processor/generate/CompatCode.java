package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * The helper methods a compat converter class calls: bulk copy, zeroing, and the widening and
 * narrowing of 4-byte pointers and C longs to and from 8 bytes in one byte order. Records which
 * it used, so the class gets only those.
 */
final class CompatCode {
    static final String FROM = "from";
    static final String TO = "to";

    private final Set<String> used = new TreeSet<>();

    /** {@code copy(from, f, to, t, n);}: {@code n} bytes as they are. */
    CodeBlock copy(CodeBlock from, CodeBlock to, long count) {
        return copy(from, to, CodeBlock.of("$L", count));
    }

    /** {@code copy(from, f, to, t, n);} for a computed count. */
    CodeBlock copy(CodeBlock from, CodeBlock to, CodeBlock count) {
        used.add("copy");
        return CodeBlock.of("copy($N, $L, $N, $L, $L);\n", FROM, from, TO, to, count);
    }

    /** {@code zero(to, t, n);}. */
    CodeBlock zero(CodeBlock to, long count) {
        used.add("zero");
        return CodeBlock.of("zero($N, $L, $L);\n", TO, to, count);
    }

    /** A 4-byte value widened to 8, zero- or sign-extended. */
    CodeBlock widen(boolean signed, ByteOrder order, CodeBlock from, CodeBlock to) {
        String name = (signed ? "widenSigned" : "widenUnsigned") + suffix(order);
        used.add(name);
        return CodeBlock.of("$N($N, $L, $N, $L);\n", name, FROM, from, TO, to);
    }

    /** An 8-byte value narrowed to 4, throwing when it does not fit; {@code what} names it. */
    CodeBlock narrow(boolean signed, ByteOrder order, CodeBlock from, CodeBlock to, String what) {
        String name = (signed ? "narrowSigned" : "narrowUnsigned") + suffix(order);
        used.add(name);
        return CodeBlock.of("$N($N, $L, $N, $L, $S);\n", name, FROM, from, TO, to, what);
    }

    /** Adds the helpers used, and the VarHandles they need, to {@code type}. */
    void addSupport(TypeSpec.Builder type) {
        Set<String> handles = new TreeSet<>();
        for (String name : used) {
            type.addMethod(helper(name));
            if (name.startsWith("widen") || name.startsWith("narrow")) {
                String order = name.substring(name.length() - 2);
                handles.add("INT_" + order);
                handles.add("LONG_" + order);
            }
        }
        for (String handle : handles) {
            Class<?> carrier = handle.startsWith("INT") ? int[].class : long[].class;
            String order = handle.endsWith("BE") ? "BIG_ENDIAN" : "LITTLE_ENDIAN";
            type.addField(FieldSpec.builder(VarHandle.class, handle, Modifier.PRIVATE,
                            Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.byteBufferViewVarHandle($T.class,$W$T.$L)",
                            MethodHandles.class, carrier, ByteOrder.class, order)
                    .build());
        }
    }

    private static String suffix(ByteOrder order) {
        return order == ByteOrder.BIG_ENDIAN ? "BE" : "LE";
    }

    private static MethodSpec helper(String name) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
        if (name.equals("zero")) {
            return m.addJavadoc("Sets {@code count} bytes from {@code index} to zero.\n")
                    .addParameter(ByteBuffer.class, TO).addParameter(int.class, "index")
                    .addParameter(int.class, "count")
                    .beginControlFlow("for (int end = index + count; index < end; index++)")
                    .addStatement("$N.put(index, (byte) 0)", TO)
                    .endControlFlow().build();
        }
        m.addParameter(ByteBuffer.class, FROM).addParameter(int.class, "fromIndex")
                .addParameter(ByteBuffer.class, TO).addParameter(int.class, "toIndex");
        if (name.equals("copy")) {
            return m.addJavadoc("Copies {@code count} bytes as they are.\n")
                    .addParameter(int.class, "count")
                    .addStatement("$N.put(toIndex, $N, fromIndex, count)", TO, FROM).build();
        }
        String order = name.substring(name.length() - 2);
        boolean signed = name.contains("Signed");
        if (name.startsWith("widen")) {
            CodeBlock word = CodeBlock.of("(int) INT_$L.get($N, fromIndex)", order, FROM);
            return m.addJavadoc("Widens a 4-byte value to 8 bytes, $L.\n",
                            signed ? "sign-extending" : "zero-extending")
                    .addStatement("LONG_$L.set($N, toIndex, $L)", order, TO, signed
                            ? CodeBlock.of("(long) $L", word)
                            : CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, word))
                    .build();
        }
        m.addJavadoc("Narrows an 8-byte value to 4 bytes.\n\n@throws IllegalArgumentException if"
                        + " it does not fit them\n")
                .addParameter(String.class, "what")
                .addStatement("long value = (long) LONG_$L.get($N, fromIndex)", order, FROM);
        if (signed) {
            m.beginControlFlow("if (value != (int) value)");
        } else {
            m.beginControlFlow("if (value >>> 32 != 0)");
        }
        return m.addStatement("throw new $T(what + $S + $T.toHexString(value)$W+ $S)",
                        IllegalArgumentException.class, ": 0x", Long.class,
                        " does not fit 4 bytes")
                .endControlFlow()
                .addStatement("INT_$L.set($N, toIndex, (int) value)", order, TO)
                .build();
    }
}
