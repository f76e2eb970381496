package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * Turns {@link CompatStep}s into the statements of a compat converter: runs of up to
 * {@value #UNROLLED} bytes copied and padding zeroed by unrolled 8-, 4-, 2- and 1-byte stores in
 * the native byte order (both ABIs of a pair share one, so bytes land as they were), longer
 * ones by bulk helpers, pointers and C longs resized by helpers in the ABI's byte order.
 * Records the helpers and VarHandles it used, so the class gets only those.
 */
final class CompatCode {
    static final String FROM = "from";
    static final String TO = "to";
    /** The longest run copied or zeroed by unrolled stores rather than a bulk helper. */
    static final long UNROLLED = 64;

    private final Set<String> helpers = new TreeSet<>();
    private final Set<String> handles = new TreeSet<>();
    private int depth;

    /** {@code copy(from, f, to, t, n);} for a count known only at run time. */
    CodeBlock copy(CodeBlock from, CodeBlock to, CodeBlock count) {
        helpers.add("copy");
        return CodeBlock.of("copy($N, $L, $N, $L, $L);\n", FROM, from, TO, to, count);
    }

    /** The statements of {@code steps} for a struct at {@code f} in {@code from}, {@code t}. */
    CodeBlock steps(List<CompatStep> steps, CodeBlock f, CodeBlock t, ByteOrder order) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (CompatStep step : steps) {
            out.add(step(step, f, t, order));
        }
        return out.build();
    }

    private CodeBlock step(CompatStep step, CodeBlock f, CodeBlock t, ByteOrder order) {
        if (step instanceof CompatStep.Copy c) {
            return c.size() > UNROLLED
                    ? copy(plus(f, c.from()), plus(t, c.to()), CodeBlock.of("$L", c.size()))
                    : unrolled(f, c.from(), t, c.to(), c.size(), true);
        }
        if (step instanceof CompatStep.CopyCount c) {
            return copy(plus(f, c.from()), plus(t, c.to()), c.size());
        }
        if (step instanceof CompatStep.Zero z) {
            if (z.size() > UNROLLED) {
                helpers.add("zero");
                handles.add("LONG_NATIVE");
                return CodeBlock.of("zero($N, $L, $L);\n", TO, plus(t, z.to()), z.size());
            }
            return unrolled(null, 0, t, z.to(), z.size(), false);
        }
        if (step instanceof CompatStep.Resize r) {
            return resize(r, plus(f, r.from()), plus(t, r.to()), order);
        }
        CompatStep.Loop loop = (CompatStep.Loop) step;
        String i = "i" + depth;
        String fi = "f" + depth;
        String ti = "t" + depth++;
        CodeBlock.Builder out = CodeBlock.builder()
                .beginControlFlow("for (int $N = 0; $N < $L; $N++)", i, i, loop.count(), i)
                .addStatement("int $N = $L + $N * $L", fi, plus(f, loop.from()), i,
                        loop.fromStride())
                .addStatement("int $N = $L + $N * $L", ti, plus(t, loop.to()), i,
                        loop.toStride())
                .add(steps(loop.body(), CodeBlock.of("$N", fi), CodeBlock.of("$N", ti), order))
                .endControlFlow();
        depth--;
        return out.build();
    }

    /** Copies (or with {@code copy} false, zeroes) {@code size} bytes, widest stores first. */
    private CodeBlock unrolled(CodeBlock f, long from, CodeBlock t, long to, long size,
                              boolean copy) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (long done = 0; done < size; ) {
            long left = size - done;
            int width = left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1;
            CodeBlock target = plus(t, to + done);
            if (width == 1) {
                out.addStatement("$N.put($L,$W$L)", TO, target, copy
                        ? CodeBlock.of("$N.get($L)", FROM, plus(f, from + done))
                        : CodeBlock.of("(byte) 0"));
            } else {
                String handle = (width == 8 ? "LONG" : width == 4 ? "INT" : "SHORT") + "_NATIVE";
                String carrier = width == 8 ? "long" : width == 4 ? "int" : "short";
                handles.add(handle);
                out.addStatement("$N.set($N, $L,$W$L)", handle, TO, target, copy
                        ? CodeBlock.of("($N) $N.get($N, $L)", carrier, handle, FROM,
                                plus(f, from + done))
                        : CodeBlock.of(width == 8 ? "0L" : width == 4 ? "0" : "(short) 0"));
            }
            done += width;
        }
        return out.build();
    }

    private CodeBlock resize(CompatStep.Resize r, CodeBlock f, CodeBlock t, ByteOrder order) {
        String suffix = order == ByteOrder.BIG_ENDIAN ? "BE" : "LE";
        String name = (r.widen() ? "widen" : "narrow") + (r.signed() ? "Signed" : "Unsigned")
                + suffix;
        helpers.add(name);
        handles.add("INT_" + suffix);
        handles.add("LONG_" + suffix);
        return r.widen()
                ? CodeBlock.of("$N($N, $L, $N, $L);\n", name, FROM, f, TO, t)
                : CodeBlock.of("$N($N, $L, $N, $L, $S);\n", name, FROM, f, TO, t, r.what());
    }

    /** Adds the VarHandles and helpers used to {@code type}. */
    void addSupport(TypeSpec.Builder type) {
        for (String handle : handles) {
            Class<?> carrier = handle.startsWith("LONG") ? long[].class
                    : handle.startsWith("INT") ? int[].class : short[].class;
            CodeBlock order = handle.endsWith("NATIVE")
                    ? CodeBlock.of("$T.nativeOrder()", ByteOrder.class)
                    : CodeBlock.of("$T.$L", ByteOrder.class,
                            handle.endsWith("BE") ? "BIG_ENDIAN" : "LITTLE_ENDIAN");
            type.addField(FieldSpec.builder(VarHandle.class, handle, Modifier.PRIVATE,
                            Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.byteBufferViewVarHandle($T.class,$W$L)",
                            MethodHandles.class, carrier, order)
                    .build());
        }
        for (String name : helpers) {
            type.addMethod(CompatSupportMethods.method(name));
        }
    }

    private static CodeBlock plus(CodeBlock base, long offset) {
        return offset == 0 ? base : CodeBlock.of("$L + $L", base, offset);
    }
}
