package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Turns {@link CompatStep}s into the statements of a compat converter, calls into the runtime's
 * {@code CompatCopy}: runs of up to {@value #UNROLLED} bytes copied (or padding zeroed) by
 * unrolled 8-, 4-, 2- and 1-byte moves in the native byte order (both ABIs of a pair share one,
 * so bytes land as they were), a copy's last move and the padding after it as one 8-byte
 * store, longer runs in bulk, pointers and C longs resized in the ABI's order.
 */
final class CompatCode {
    static final String FROM = "from";
    static final String TO = "to";
    /** The longest run copied or zeroed by unrolled moves rather than in bulk. */
    static final long UNROLLED = 64;
    /** The runtime class the statements call. */
    static final ClassName COPY = ClassName.get("org.abistruct.runtime", "CompatCopy");

    private int depth;

    /** {@code CompatCopy.copy(from, f, to, t, n);} for a count known only at run time. */
    static CodeBlock copy(CodeBlock from, CodeBlock to, CodeBlock count) {
        return CodeBlock.of("$T.copy($N, $L, $N, $L, $L);\n", COPY, FROM, from, TO, to, count);
    }

    /** The statements of {@code steps} for a struct at {@code f} in {@code from}, {@code t}. */
    CodeBlock steps(List<CompatStep> steps, CodeBlock f, CodeBlock t, ByteOrder order) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (int i = 0; i < steps.size(); i++) {
            if (i + 1 < steps.size() && fusable(steps.get(i), steps.get(i + 1))) {
                out.add(fused((CompatStep.Copy) steps.get(i), (CompatStep.Zero) steps.get(i + 1),
                        f, t));
                i++;
            } else {
                out.add(step(steps.get(i), f, t, order));
            }
        }
        return out.build();
    }

    /**
     * Whether an unrolled copy whose last move is 1, 2 or 4 bytes runs straight into enough
     * unrolled padding to fill 8 bytes with it, so that the two share one 8-byte store, as
     * {@code num_dirty} and the tail padding of {@code kvm_dirty_tlb} do toward X86_64.
     */
    private static boolean fusable(CompatStep step, CompatStep next) {
        return step instanceof CompatStep.Copy c && next instanceof CompatStep.Zero z
                && c.size() <= UNROLLED && c.size() % 8 != 0
                && z.size() <= UNROLLED && z.size() >= 8 - lastMove(c.size())
                && z.to() == c.to() + c.size();
    }

    /** The width of the last move {@link #unrolled} makes for {@code size} bytes. */
    private static long lastMove(long size) {
        return Long.lowestOneBit(size % 8);
    }

    /** The copy and the padding after it, with the copy's last move and zeroes as one store. */
    private static CodeBlock fused(CompatStep.Copy c, CompatStep.Zero z, CodeBlock f,
                                   CodeBlock t) {
        long last = lastMove(c.size());
        long head = c.size() - last;
        return CodeBlock.builder()
                .add(unrolled(f, c.from(), t, c.to(), head, true))
                .add("$T.copy$LZero$L($N, $L, $N, $L);\n", COPY, last, 8 - last, FROM,
                        plus(f, c.from() + head), TO, plus(t, c.to() + head))
                .add(unrolled(null, 0, t, z.to() + 8 - last, z.size() - (8 - last), false))
                .build();
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
            return z.size() > UNROLLED
                    ? CodeBlock.of("$T.zero($N, $L, $L);\n", COPY, TO, plus(t, z.to()), z.size())
                    : unrolled(null, 0, t, z.to(), z.size(), false);
        }
        if (step instanceof CompatStep.Resize r) {
            boolean big = order == ByteOrder.BIG_ENDIAN;
            return r.widen()
                    ? CodeBlock.of("$T.widen($N, $L, $N, $L, $L, $L);\n", COPY, FROM,
                            plus(f, r.from()), TO, plus(t, r.to()), r.signed(), big)
                    : CodeBlock.of("$T.narrow($N, $L, $N, $L, $L, $L,$W$S);\n", COPY, FROM,
                            plus(f, r.from()), TO, plus(t, r.to()), r.signed(), big, r.what());
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

    /** Copies (or with {@code copy} false, zeroes) {@code size} bytes, widest moves first. */
    private static CodeBlock unrolled(CodeBlock f, long from, CodeBlock t, long to, long size,
                                      boolean copy) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (long done = 0; done < size; ) {
            long left = size - done;
            int width = left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1;
            if (copy) {
                out.add("$T.copy$L($N, $L, $N, $L);\n", COPY, width, FROM, plus(f, from + done),
                        TO, plus(t, to + done));
            } else {
                out.add("$T.zero$L($N, $L);\n", COPY, width, TO, plus(t, to + done));
            }
            done += width;
        }
        return out.build();
    }

    private static CodeBlock plus(CodeBlock base, long offset) {
        return offset == 0 ? base : CodeBlock.of("$L + $L", base, offset);
    }
}
