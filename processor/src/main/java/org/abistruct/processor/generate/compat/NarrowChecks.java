package org.abistruct.processor.generate.compat;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.CompatConversion;
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

    /**
     * The narrowing checks of every struct {@code c} converts, which its body makes after the
     * bounds check and before any byte is written: those of an embedded type in a helper,
     * {@code <name>Fits0}..., added to {@code type}; words in the byte order {@code bigEndian}
     * says, a parameter of the helpers too when it is not a constant.
     */
    CodeBlock all(TypeSpec.Builder type, CompatConversion c, String name, String bigEndian) {
        Map<StructRef, List<CompatStep>> helpers = new LinkedHashMap<>();
        collectChecked(c.steps(), helpers);
        List<StructRef> types = List.copyOf(helpers.keySet());
        Function<StructRef, String> helperName = t -> name + "Fits" + types.indexOf(t);
        Function<CompatStep.Call, String> names = call -> helperName.apply(call.type());
        for (Map.Entry<StructRef, List<CompatStep>> helper : helpers.entrySet()) {
            type.addMethod(CompatCode.orderParameter(
                            MethodSpec.methodBuilder(helperName.apply(helper.getKey()))
                                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                                    .addParameter(memory.memoryType(), CompatCode.FROM)
                                    .addParameter(memory.offsetType(), "f"), bigEndian)
                    .addCode(checks(helper.getValue(), "f", bigEndian, names))
                    .build());
        }
        return c.flexible()
                ? checks(c.steps(), "fromOffset", bigEndian, names)
                : CodeBlock.builder()
                        .beginControlFlow("for ($T n = 0; n < $N; n++)", memory.offsetType(),
                                CompatCode.COUNT)
                        .addStatement("$T f = fromOffset + n * $L", memory.offsetType(),
                                c.fromSize())
                        .add(checks(c.steps(), "f", bigEndian, names))
                        .endControlFlow()
                        .build();
    }

    /** The types whose checks {@code steps} call, each once, those of their calls too. */
    private static void collectChecked(List<CompatStep> steps,
                                       Map<StructRef, List<CompatStep>> out) {
        for (CompatStep step : steps) {
            if (step instanceof CompatStep.Loop loop) {
                collectChecked(loop.body(), out);
            } else if (step instanceof CompatStep.Call call && narrows(call.steps())
                    && out.putIfAbsent(call.type(), call.steps()) == null) {
                collectChecked(call.steps(), out);
            }
        }
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
