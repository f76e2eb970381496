package org.abistruct.processor.generate.compat;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.abistruct.Abi;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.runtime.CompatPairs;

/**
 * {@code convert(fromAbi, toAbi, from, fromOffset, to, toOffset[, count])} over each kind of
 * memory: the conversion of any pair, by the ABIs it goes from and to, through a switch on the
 * route {@code CompatPairs.route} finds in the table of the pairs. Each direction is routed to
 * the method that converts it, of the same name over every memory.
 */
final class ConvertMethod {
    /** The name of the table of pairs a struct declares when it selects fewer than all. */
    static final String PAIRS = "PAIRS";

    private static final String COUNT = CompatCode.COUNT;
    private static final ClassName COMPAT_PAIRS = ClassName.get(CompatPairs.class);

    /** The method that converts from one ABI's layout to another's. */
    private record Route(Abi from, Abi to, String method) {}

    private final List<Route> routes = new ArrayList<>();

    /** Routes the direction from {@code from} to {@code to} to {@code method}. */
    void route(Abi from, Abi to, String method) {
        routes.add(new Route(from, to, method));
    }

    /**
     * Adds {@code convert} over each of {@code memories} to {@code type}, and its one-struct
     * form unless the struct ends in a flexible array; {@code cType} names the struct in the
     * refusal of a pair it does not convert. The table of pairs is the runtime's when the
     * struct selects every pair, in its order; otherwise {@link #PAIRS}, declared here.
     */
    void addTo(TypeSpec.Builder type, String cType, boolean flexible,
               List<MemoryBackend> memories) {
        List<Abi> pairs = new ArrayList<>();
        Map<String, List<Integer>> byMethod = new LinkedHashMap<>();
        for (Route route : routes) {
            int at = routeIndex(pairs, route);
            byMethod.computeIfAbsent(route.method(), k -> new ArrayList<>()).add(at);
        }
        boolean everyPair = pairs.equals(Arrays.asList(CompatPairs.all()));
        if (!everyPair) {
            addPairTable(type, pairs);
        }
        CodeBlock route = everyPair
                ? CodeBlock.of("$T.route(fromAbi, toAbi, $S)", COMPAT_PAIRS, cType)
                : CodeBlock.of("$T.route($N, fromAbi, toAbi, $S)", COMPAT_PAIRS, PAIRS, cType);
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($L)", route);
        for (Map.Entry<String, List<Integer>> method : byMethod.entrySet()) {
            List<CodeBlock> cases = method.getValue().stream().sorted()
                    .map(at -> CodeBlock.of("$L", at)).toList();
            body.addStatement("case $L -> $N($N, fromOffset, $N, toOffset, $N)",
                    CodeBlock.join(cases, ",$W"), method.getKey(), CompatCode.FROM,
                    CompatCode.TO, COUNT);
        }
        body.endControlFlow();
        for (MemoryBackend memory : memories) {
            type.addMethod(signature(memory)
                    .addJavadoc(flexible
                            ? "Converts a struct and its {@code count} flexible elements, {@code"
                                    + " fromAbi} to {@code toAbi}.\n"
                            : "Converts {@code count} consecutive structs from {@code fromAbi}"
                                    + " to {@code toAbi}.\n")
                    .addParameter(memory.offsetType(), COUNT)
                    .addCode(body.build())
                    .build());
            if (!flexible) {
                type.addMethod(signature(memory)
                        .addJavadoc("Converts one struct from {@code fromAbi} to {@code toAbi}.\n")
                        .addStatement("convert(fromAbi, toAbi, $N, fromOffset, $N, toOffset, 1)",
                                CompatCode.FROM, CompatCode.TO)
                        .build());
            }
        }
    }

    /**
     * What {@code CompatPairs.route} returns for {@code route}: twice its pair's index in
     * {@code pairs}, the user and kernel ABIs two by two (its pair added when new), plus one
     * from kernel to user.
     */
    private static int routeIndex(List<Abi> pairs, Route route) {
        for (int i = 0; i < pairs.size(); i += 2) {
            if (pairs.get(i) == route.from() && pairs.get(i + 1) == route.to()) {
                return i;
            }
            if (pairs.get(i) == route.to() && pairs.get(i + 1) == route.from()) {
                return i + 1;
            }
        }
        pairs.add(route.from());
        pairs.add(route.to());
        return pairs.size() - 2;
    }

    /** Declares {@link #PAIRS}, the ABIs of the pairs two by two. */
    private static void addPairTable(TypeSpec.Builder type, List<Abi> pairs) {
        List<CodeBlock> abis = new ArrayList<>();
        for (Abi abi : pairs) {
            abis.add(CodeBlock.of("$T.$L", Names.ABI, abi.name()));
        }
        type.addField(FieldSpec.builder(ArrayTypeName.of(Names.ABI), PAIRS,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", CodeBlock.join(abis, ",$W")).build());
    }

    private static MethodSpec.Builder signature(MemoryBackend memory) {
        return MethodSpec.methodBuilder("convert")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(Names.ABI, "fromAbi")
                .addParameter(Names.ABI, "toAbi")
                .addParameter(memory.memoryType(), CompatCode.FROM)
                .addParameter(memory.offsetType(), "fromOffset")
                .addParameter(memory.memoryType(), CompatCode.TO)
                .addParameter(memory.offsetType(), "toOffset");
    }
}
