package org.abistruct.processor.generate.compat;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Function;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.plan.CompatStep;

/**
 * Turns {@link CompatStep}s into the statements of a compat converter, calls into the runtime's
 * {@code CompatCopy}: runs of up to {@value #UNROLLED} bytes copied (or padding zeroed) by
 * unrolled 8-, 4-, 2- and 1-byte moves in the native byte order (both ABIs of a pair share one,
 * so bytes land as they were), a copy's last move and the padding after it as one 8-byte
 * store, longer runs in bulk, pointers and C longs resized in the ABI's order. Each call
 * names a struct's offset and a member's offset within it as two arguments, {@code f, 168},
 * which the runtime adds: javac resolves an operator for every {@code f + 168} it attributes,
 * and a compat class has hundreds.
 */
final class CompatCode {
    static final String FROM = "from";
    static final String TO = "to";
    /** The converter's parameter counting structs, or a flexible array's elements. */
    static final String COUNT = "count";
    /** The longest run copied or zeroed by unrolled moves rather than in bulk. */
    static final long UNROLLED = 64;
    /** The fewest 8-byte moves made by one looping call rather than one call each. */
    private static final long LOOPED = 3;
    private final MemoryBackend memory;
    /** The method each call calls, for the conversion being written. */
    private Function<CompatStep.Call, CodeBlock> callees = call -> {
        throw new IllegalStateException("no callee for " + call.type().qualifiedName());
    };
    /** The byte order argument: {@code true}, {@code false}, or a converter's parameter. */
    private String bigEndian = "false";
    private int depth;

    CompatCode(MemoryBackend memory) {
        this.memory = memory;
    }

    /**
     * {@code CompatCopy.<call>}: the type resolved by JavaPoet, the rest of the line written
     * out, one string rather than a piece per argument for JavaPoet to emit.
     */
    private CodeBlock call(String call) {
        return CodeBlock.of("$T.$L;\n", memory.compatCopy(), call);
    }

    /** {@code CompatCopy.copy(from, f, 0, to, t, 0, n);}: a bulk copy of {@code count} bytes. */
    CodeBlock copy(String f, long from, String t, long to, CodeBlock count) {
        return call("copy(" + FROM + ", " + at(f, from) + ", " + TO + ", " + at(t, to) + ", "
                + count + ")");
    }

    /**
     * The statements of {@code steps} for a struct at {@code f} in {@code from}, {@code t},
     * each call calling the method {@code callees} gives for it. {@code bigEndian} is the
     * expression of the byte order resized words and bitfields are in: a constant, or the
     * parameter of a method that converts in either order, which its helpers are then given.
     */
    CodeBlock steps(List<CompatStep> steps, String f, String t, String bigEndian,
                    Function<CompatStep.Call, CodeBlock> callees) {
        this.callees = callees;
        this.bigEndian = bigEndian;
        return steps(steps, f, t);
    }

    /** The byte order expression of {@code order}: its constant, or {@code false} for none. */
    static String bigEndian(ByteOrder order) {
        return String.valueOf(order == ByteOrder.BIG_ENDIAN);
    }

    /** The argument a helper is given after its offsets: the order parameter, if any. */
    static String orderArgument(String bigEndian) {
        return isConstant(bigEndian) ? "" : ", " + bigEndian;
    }

    /** {@code helper} with the order parameter {@code bigEndian} names, unless a constant. */
    static MethodSpec.Builder orderParameter(MethodSpec.Builder helper, String bigEndian) {
        return isConstant(bigEndian) ? helper : helper.addParameter(boolean.class, bigEndian);
    }

    private static boolean isConstant(String bigEndian) {
        return bigEndian.equals("true") || bigEndian.equals("false");
    }

    private CodeBlock steps(List<CompatStep> steps, String f, String t) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (int i = 0; i < steps.size(); i++) {
            if (i + 1 < steps.size() && fusable(steps.get(i), steps.get(i + 1))) {
                fused(out, (CompatStep.Copy) steps.get(i), (CompatStep.Zero) steps.get(i + 1),
                        f, t);
                i++;
            } else {
                step(out, steps.get(i), f, t);
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
    private void fused(CodeBlock.Builder out, CompatStep.Copy c, CompatStep.Zero z,
                              String f, String t) {
        long last = lastMove(c.size());
        long head = c.size() - last;
        unrolled(out, f, c.from(), t, c.to(), head, true);
        out.add(call("copy" + last + "Zero" + (8 - last) + "(" + FROM + ", "
                + at(f, c.from() + head) + ", " + TO + ", " + at(t, c.to() + head) + ")"));
        unrolled(out, null, 0, t, z.to() + 8 - last, z.size() - (8 - last), false);
    }

    private void step(CodeBlock.Builder out, CompatStep step, String f, String t) {
        if (step instanceof CompatStep.Copy c) {
            if (c.size() > UNROLLED) {
                out.add(copy(f, c.from(), t, c.to(), CodeBlock.of("$L", c.size())));
            } else {
                unrolled(out, f, c.from(), t, c.to(), c.size(), true);
            }
        } else if (step instanceof CompatStep.CopyCount c) {
            out.add(copy(f, c.from(), t, c.to(), CodeBlock.of("$N * $L * $L", COUNT, c.leaves(),
                    c.elementSize())));
        } else if (step instanceof CompatStep.Zero z) {
            if (z.size() > UNROLLED) {
                out.add(call("zero(" + TO + ", " + at(t, z.to()) + ", " + z.size() + ")"));
            } else {
                unrolled(out, null, 0, t, z.to(), z.size(), false);
            }
        } else if (step instanceof CompatStep.Resize r) {
            String args = FROM + ", " + at(f, r.from()) + ", " + TO + ", " + at(t, r.to())
                    + ", " + r.signed() + ", " + bigEndian;
            out.add(r.widen() ? call("widen(" + args + ")")
                    : CodeBlock.of("$T.narrow($L,$W$S);\n", memory.compatCopy(), args, r.what()));
        } else if (step instanceof CompatStep.Bits b) {
            out.add(CodeBlock.of("$T.copyBits($L);\n", memory.compatValues(), FROM + ", "
                    + at(f, b.from()) + ", " + b.fromBit() + ", " + TO + ", " + at(t, b.to())
                    + ", " + b.toBit() + ", " + b.width() + ", " + bigEndian));
        } else if (step instanceof CompatStep.Call c) {
            // A type's own converter takes no order; this converter's helper for it may.
            out.add("$L($N, $L, $N, $L$L);\n", callees.apply(c), FROM, plus(f, c.from()),
                    TO, plus(t, c.to()), c.own() ? "" : orderArgument(bigEndian));
        } else {
            loop(out, (CompatStep.Loop) step, f, t);
        }
    }

    private void loop(CodeBlock.Builder out, CompatStep.Loop loop, String f, String t) {
        String i = "i" + depth;
        String fi = "f" + depth;
        String ti = "t" + depth++;
        CodeBlock count = loop.flexible() ? CodeBlock.of("$N * $L", COUNT, loop.count())
                : CodeBlock.of("$L", loop.count());
        TypeName offset = memory.offsetType();
        out.beginControlFlow("for ($T $L = 0; $L < $L; $L++)", offset, i, i, count, i)
                .add("$T $L;\n", offset, fi + " = " + plus(f, loop.from()) + " + " + i + " * "
                        + loop.fromStride())
                .add("$T $L;\n", offset, ti + " = " + plus(t, loop.to()) + " + " + i + " * "
                        + loop.toStride())
                .add(steps(loop.body(), fi, ti))
                .endControlFlow();
        depth--;
    }

    /**
     * Copies (or with {@code copy} false, zeroes) {@code size} bytes, widest moves first; three
     * or more 8-byte moves in one call that loops over them.
     */
    private void unrolled(CodeBlock.Builder out, String f, long from, String t, long to,
                                 long size, boolean copy) {
        long longs = size / 8;
        long start = 0;
        if (longs >= LOOPED) {
            out.add(call(copy
                    ? "copyLongs(" + FROM + ", " + at(f, from) + ", " + TO + ", " + at(t, to)
                            + ", " + longs + ")"
                    : "zeroLongs(" + TO + ", " + at(t, to) + ", " + longs + ")"));
            start = longs * 8;
        }
        for (long done = start; done < size; ) {
            long left = size - done;
            int width = left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1;
            out.add(call(copy
                    ? "copy" + width + "(" + FROM + ", " + at(f, from + done) + ", " + TO + ", "
                            + at(t, to + done) + ")"
                    : "zero" + width + "(" + TO + ", " + at(t, to + done) + ")"));
            done += width;
        }
    }

    private static String plus(String base, long offset) {
        return offset == 0 ? base : base + " + " + offset;
    }

    /** A struct's offset and a member's within it, as two arguments of a runtime call. */
    private static String at(String base, long offset) {
        return base + ", " + offset;
    }
}
