package org.abistruct.processor.generate.compat;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.function.Function;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.plan.CompatStep;

/**
 * The checks a narrowing conversion makes before it writes a byte: every pointer or C long it
 * narrows from 8 bytes to 4 must fit them ({@code CompatCopy.fits}). They follow the
 * conversion's steps (loops as loops); an embedded struct's checks are a call to a check
 * helper of its type, so that they grow with the widest struct, as the conversion does.
 */
final class NarrowChecks {
    private final MemoryBackend memory;
    private int depth;

    NarrowChecks(MemoryBackend memory) {
        this.memory = memory;
    }

    /** Whether {@code steps} narrow a value anywhere, embedded structs' steps included. */
    static boolean narrows(List<CompatStep> steps) {
        for (CompatStep step : steps) {
            if (step instanceof CompatStep.Resize r && !r.widen()
                    || step instanceof CompatStep.Loop loop && narrows(loop.body())
                    || step instanceof CompatStep.Call call && narrows(call.steps())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The statements checking {@code steps} for the struct at {@code f} in {@code from}, words
     * in the byte order {@code bigEndian} says (see {@link CompatCode#steps}); a call's checks
     * call the helper {@code helpers} names for its type.
     */
    CodeBlock checks(List<CompatStep> steps, String f, String bigEndian,
                     Function<CompatStep.Call, String> helpers) {
        CodeBlock.Builder out = CodeBlock.builder();
        for (CompatStep step : steps) {
            if (step instanceof CompatStep.Resize r && !r.widen()) {
                out.add("$T.fits($N, $L, $L, $L, $L, $S);\n", memory.compatValues(),
                        CompatCode.FROM, f, r.from(), r.signed(), bigEndian, r.what());
            } else if (step instanceof CompatStep.Loop loop && narrows(loop.body())) {
                String i = "c" + depth;
                String fi = "g" + depth++;
                TypeName offset = memory.offsetType();
                CodeBlock count = loop.flexible()
                        ? CodeBlock.of("$N * $L", CompatCode.COUNT, loop.count())
                        : CodeBlock.of("$L", loop.count());
                out.beginControlFlow("for ($T $L = 0; $L < $L; $L++)", offset, i, i, count, i)
                        .addStatement("$T $L = $L + $L + $L * $L", offset, fi, f, loop.from(), i,
                                loop.fromStride())
                        .add(checks(loop.body(), fi, bigEndian, helpers))
                        .endControlFlow();
                depth--;
            } else if (step instanceof CompatStep.Call call && narrows(call.steps())) {
                out.addStatement("$N($N, $L + $L$L)", helpers.apply(call), CompatCode.FROM, f,
                        call.from(), CompatCode.orderArgument(bigEndian));
            }
        }
        return out.build();
    }
}
