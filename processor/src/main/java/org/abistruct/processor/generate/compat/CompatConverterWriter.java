package org.abistruct.processor.generate.compat;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.abistruct.Abi;
import org.abistruct.Compat;
import org.abistruct.processor.generate.DocText;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.AbiPlan;
import org.abistruct.processor.plan.CompatConversion;
import org.abistruct.processor.plan.CompatDirection;
import org.abistruct.processor.plan.CompatStep;
import org.abistruct.processor.plan.PairPlan;
import org.abistruct.processor.plan.StructPlan;

/**
 * Writes the compat converter class of a struct declared {@code compat = GENERATE}: for each
 * compat pair it selects, static methods converting one struct, or an array of them, from the
 * 32-bit user-space layout to the 64-bit kernel layout and back, member by member through
 * embedded structs and arrays, zeroing the destination's padding (the plan holds the steps,
 * {@link CompatCode} writes them). Offsets come from the plan; nothing is allocated.
 * Each distinct conversion has methods of its own, named after the first direction of the
 * struct's pairs that needs it; {@code convert(fromAbi, toAbi, ...)} reaches every direction,
 * those whose conversion is an earlier one's and those whose layouts are the same bytes (one
 * shared bulk copy) included, so that a converter grows with its distinct conversions, not
 * with its ABIs.
 */
final class CompatConverterWriter {
    private static final String COUNT = CompatCode.COUNT;
    private static final ClassName COMPAT_PAIRS =
            ClassName.get("org.abistruct.runtime", "CompatPairs");

    private final StructPlan plan;
    private final StructDecl decl;
    private final List<Directions> backends = new ArrayList<>();

    /** The pair tables declared, shared by the converters over each kind of memory. */
    private final Set<String> pairTables = new HashSet<>();

    private CompatConverterWriter(StructPlan plan, List<MemoryBackend> memories) {
        this.plan = plan;
        this.decl = plan.decl();
        memories.forEach(memory -> backends.add(new Directions(memory)));
    }

    /** The converter class of {@code plan}, with methods over each of {@code memories}. */
    static TypeSpec.Builder write(StructPlan plan, List<MemoryBackend> memories) {
        return new CompatConverterWriter(plan, memories).build();
    }

    private TypeSpec.Builder build() {
        // The pair the class's example names: one with methods of its own where there is one.
        CompatPair first = plan.pairs().get(0).pair();
        for (PairPlan pair : plan.pairs()) {
            CompatDirection up = pair.directions().isEmpty() ? null : pair.directions().get(0);
            if (up != null && !up.conversion().bulk() && up.own()) {
                first = pair.pair();
                break;
            }
        }
        TypeSpec.Builder type = TypeSpec.classBuilder(Names.compatType(decl.ref()))
                .addJavadoc("Converts {@code $L $L} ({@link $T}) between 32-bit user space and"
                        + " its 64-bit kernel,\nas {@link $T#GENERATE} describes: {@code $L}"
                        + " converts\nfrom $L to $L, and so on.\n\n<ul>\n",
                        decl.keyword(), decl.cName(), Names.record(decl.ref()),
                        ClassName.get(Compat.class), Names.compatMethod(first.user(), first.kernel()),
                        first.user(), first.kernel())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        List<String> identical = new ArrayList<>();
        for (PairPlan pair : plan.pairs()) {
            StructLayout user = pair.diff().user();
            StructLayout kernel = pair.diff().kernel();
            String shown = pair.pair().toString().replace(">", "&gt;");
            if (pair.differs()) {
                type.addJavadoc("<li>$L: sizes $L and $L, converted member by member</li>\n",
                        shown, user.size(), kernel.size());
            } else {
                identical.add(shown);
            }
            for (Directions memory : backends) {
                for (CompatDirection direction : pair.directions()) {
                    memory.addDirection(type, direction);
                }
            }
            if (user.size() != kernel.size()) {
                addIoctlNumbers(type, plan.abi(user.abi()));
            }
        }
        if (!identical.isEmpty()) {
            type.addJavadoc("$L\n", DocText.wrapped("<li>" + String.join(", ", identical)
                    + ": identical layouts, copied in bulk by {@code convert}</li>"));
        }
        type.addJavadoc("</ul>\n");
        for (Directions memory : backends) {
            memory.addConvert(type);
        }
        return type;
    }

    /** The method that converts from one ABI's layout to another's. */
    private record Route(Abi from, Abi to, String method) {}

    /** The methods of each direction over one kind of memory. */
    private final class Directions {
        private final MemoryBackend memory;
        private final CompatCode code;
        /** The method first written for each distinct conversion. */
        private final Map<CompatConversion, String> bodies = new HashMap<>();
        /** The method converting each direction, for {@code convert}. */
        private final List<Route> routes = new ArrayList<>();

        private final NarrowChecks checks;

        Directions(MemoryBackend memory) {
            this.memory = memory;
            this.code = new CompatCode(memory);
            this.checks = new NarrowChecks(memory);
        }

        /**
         * The public methods of one direction: for one struct, and for an array of them (a struct
         * ending in a flexible array member takes its element count instead). A direction whose
         * conversion is the same code as an earlier one's, or a bulk copy, has none: only a
         * route in {@code convert}.
         */
        private void addDirection(TypeSpec.Builder type, CompatDirection direction) {
            StructLayout from = direction.from();
            StructLayout to = direction.to();
            String name = Names.compatMethod(from.abi(), to.abi());
            CompatConversion conversion = direction.conversion();
            boolean flexible = conversion.flexible();
            if (conversion.bulk()) {
                // The same bytes: a private bulk copy, shared by every pair of its sizes.
                String copy = bodies.get(conversion);
                if (copy == null) {
                    copy = "copy" + bodies.size();
                    bodies.put(conversion, copy);
                    type.addMethod(MethodSpec.methodBuilder(copy)
                            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                            .addParameter(memory.memoryType(), CompatCode.FROM)
                            .addParameter(memory.offsetType(), "fromOffset")
                            .addParameter(memory.memoryType(), CompatCode.TO)
                            .addParameter(memory.offsetType(), "toOffset")
                            .addParameter(memory.offsetType(), COUNT)
                            .addCode(arrayBody(conversion, copy, CodeBlock.of("")))
                            .build());
                }
                routes.add(new Route(from.abi(), to.abi(), copy));
                return;
            }
            if (!direction.own()) {
                // The same code as an earlier direction's, whose methods convert it.
                routes.add(new Route(from.abi(), to.abi(),
                        Names.compatMethod(direction.viaFrom(), direction.viaTo())));
                return;
            }
            routes.add(new Route(from.abi(), to.abi(), name));
            CodeBlock checked = direction.narrows() && NarrowChecks.narrows(conversion.steps())
                    ? checks(type, conversion, name, from.abi().byteOrder())
                    : CodeBlock.of("");
            CodeBlock body = flexible ? flexibleBody(conversion, name, checked)
                    : arrayBody(conversion, name, checked);
            addHelpers(type, conversion, name);
            MethodSpec.Builder one = signature(name).addJavadoc("$L to $L: one $L$L.\n",
                    from.abi(), to.abi(), decl.keyword(),
                    flexible ? " and its {@code count} flexible elements" : "");
            if (flexible) {
                type.addMethod(one.addParameter(memory.offsetType(), COUNT).addCode(body).build());
                return;
            }
            type.addMethod(one.addStatement("$N($N, fromOffset, $N, toOffset, 1)", name,
                    CompatCode.FROM, CompatCode.TO).build());
            type.addMethod(signature(name)
                    .addJavadoc("$L to $L: {@code count} consecutive structs.\n", from.abi(),
                            to.abi())
                    .addParameter(memory.offsetType(), COUNT)
                    .addCode(body)
                    .build());
        }

        /**
         * {@code convert(fromAbi, toAbi, from, fromOffset, to, toOffset[, count])}: the
         * conversion of any pair, by the ABIs it goes from and to.
         */
        private void addConvert(TypeSpec.Builder type) {
            boolean flexible = plan.first().layout().hasFlexibleArray();
            // One line a route, comparing enum constants: nothing allocated. A method that
            // converts both ways of several pairs looks them up in a table instead.
            CodeBlock.Builder body = CodeBlock.builder();
            Map<String, List<Route>> byMethod = new LinkedHashMap<>();
            routes.forEach(r -> byMethod.computeIfAbsent(r.method(), k -> new ArrayList<>()).add(r));
            for (Map.Entry<String, List<Route>> method : byMethod.entrySet()) {
                List<Route> pairs = bothWays(method.getValue());
                if (pairs.size() > 1) {
                    String table = pairTable(type, method.getKey(), pairs);
                    body.add("if ($T.either($N, fromAbi, toAbi)) { $N($N, fromOffset, $N,"
                            + " toOffset, $N); return; }\n", COMPAT_PAIRS, table,
                            method.getKey(), CompatCode.FROM, CompatCode.TO, COUNT);
                    continue;
                }
                for (Route route : method.getValue()) {
                    body.add("if (fromAbi == $T.$L && toAbi == $T.$L) { $N($N, fromOffset, $N,"
                            + " toOffset, $N); return; }\n", Names.ABI, route.from().name(),
                            Names.ABI, route.to().name(), route.method(), CompatCode.FROM,
                            CompatCode.TO, COUNT);
                }
            }
            body.addStatement("throw new $T($S + fromAbi + $S + toAbi)",
                    IllegalArgumentException.class, "no compat pair of " + decl.cType()
                            + " converts ", " to ");
            MethodSpec.Builder counted = convertSignature()
                    .addJavadoc(flexible
                            ? "Converts a struct and its {@code count} flexible elements from"
                                    + " {@code fromAbi}'s layout\nto {@code toAbi}'s, the ABIs"
                                    + " of a compat pair in either order.\n"
                            : "Converts {@code count} consecutive structs from {@code fromAbi}'s"
                                    + " layout to\n{@code toAbi}'s, the ABIs of a compat pair in"
                                    + " either order.\n")
                    .addJavadoc("\n@throws IllegalArgumentException if no pair of this struct"
                            + " has the two ABIs\n")
                    .addParameter(memory.offsetType(), COUNT)
                    .addCode(body.build());
            type.addMethod(counted.build());
            if (!flexible) {
                type.addMethod(convertSignature()
                        .addJavadoc("Converts one struct from {@code fromAbi}'s layout to"
                                + " {@code toAbi}'s.\n")
                        .addStatement("convert(fromAbi, toAbi, $N, fromOffset, $N, toOffset, 1)",
                                CompatCode.FROM, CompatCode.TO)
                        .build());
            }
        }

        /**
         * One route of each pair when {@code routes} go both ways between the ABIs of every
         * pair, else nothing.
         */
        private List<Route> bothWays(List<Route> routes) {
            List<Route> pairs = new ArrayList<>();
            for (Route route : routes) {
                boolean back = routes.stream().anyMatch(r -> r.from() == route.to()
                        && r.to() == route.from());
                if (!back) {
                    return List.of();
                }
                if (route.from().ordinal() < route.to().ordinal()) {
                    pairs.add(route);
                }
            }
            return pairs;
        }

        /** Declares {@code COPY0_PAIRS}, the ABIs of {@code pairs} two by two; its name. */
        private String pairTable(TypeSpec.Builder type, String method, List<Route> pairs) {
            String name = method.toUpperCase(Locale.ROOT) + "_PAIRS";
            if (pairTables.add(name)) {
                List<CodeBlock> abis = new ArrayList<>();
                for (Route pair : pairs) {
                    abis.add(CodeBlock.of("$T.$L", Names.ABI, pair.from().name()));
                    abis.add(CodeBlock.of("$T.$L", Names.ABI, pair.to().name()));
                }
                type.addField(FieldSpec.builder(ArrayTypeName.of(Names.ABI), name,
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("{$L}", CodeBlock.join(abis, ",$W")).build());
            }
            return name;
        }

        private MethodSpec.Builder convertSignature() {
            return MethodSpec.methodBuilder("convert")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(Names.ABI, "fromAbi")
                    .addParameter(Names.ABI, "toAbi")
                    .addParameter(memory.memoryType(), CompatCode.FROM)
                    .addParameter(memory.offsetType(), "fromOffset")
                    .addParameter(memory.memoryType(), CompatCode.TO)
                    .addParameter(memory.offsetType(), "toOffset");
        }

        /**
         * The narrowing checks of every struct a conversion converts, which its body makes after
         * the bounds check and before any byte is written; their helpers are added to
         * {@code type}.
         */
        private CodeBlock checks(TypeSpec.Builder type, CompatConversion c, String name,
                                 ByteOrder order) {
            Map<StructRef, List<CompatStep>> helpers = new LinkedHashMap<>();
            collectChecked(c.steps(), helpers);
            List<StructRef> types = List.copyOf(helpers.keySet());
            Function<CompatStep.Call, String> names = call -> name + "Fits"
                    + types.indexOf(call.type());
            for (Map.Entry<StructRef, List<CompatStep>> helper : helpers.entrySet()) {
                type.addMethod(MethodSpec.methodBuilder(name + "Fits"
                                + types.indexOf(helper.getKey()))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(memory.memoryType(), CompatCode.FROM)
                        .addParameter(memory.offsetType(), "f")
                        .addCode(checks.checks(helper.getValue(), "f", order, names))
                        .build());
            }
            return c.flexible()
                    ? checks.checks(c.steps(), "fromOffset", order, names)
                    : CodeBlock.builder()
                            .beginControlFlow("for ($T n = 0; n < $N; n++)", memory.offsetType(),
                                    COUNT)
                            .addStatement("$T f = fromOffset + n * $L", memory.offsetType(),
                                    c.fromSize())
                            .add(checks.checks(c.steps(), "f", order, names))
                            .endControlFlow()
                            .build();
        }

        /** The types whose checks {@code steps} call, each once, those of their calls too. */
        private void collectChecked(List<CompatStep> steps, Map<StructRef, List<CompatStep>> out) {
            for (CompatStep step : steps) {
                if (step instanceof CompatStep.Loop loop) {
                    collectChecked(loop.body(), out);
                } else if (step instanceof CompatStep.Call call && NarrowChecks.narrows(call.steps())
                        && out.putIfAbsent(call.type(), call.steps()) == null) {
                    collectChecked(call.steps(), out);
                }
            }
        }

        /** Checks an array of {@code count} structs, then converts it in bulk or struct by struct. */
        /**
         * The private helpers of {@code c}'s embedded types, {@code i386ToX86_64Part0}...: each
         * converts one struct of its type at {@code f} into {@code t}, unchecked.
         */
        private void addHelpers(TypeSpec.Builder type, CompatConversion c, String name) {
            List<StructRef> order = List.copyOf(c.helpers().keySet());
            for (Map.Entry<StructRef, List<CompatStep>> helper : c.helpers().entrySet()) {
                type.addMethod(MethodSpec.methodBuilder(helperName(name, order, helper.getKey()))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(memory.memoryType(), CompatCode.FROM)
                        .addParameter(memory.offsetType(), "f")
                        .addParameter(memory.memoryType(), CompatCode.TO)
                        .addParameter(memory.offsetType(), "t")
                        .addCode(code.steps(helper.getValue(), "f", "t", c.order(), callees(c, name)))
                        .build());
            }
        }

        /**
         * The method a call in {@code c}'s code calls: the embedded type's own converter method
         * of the same direction, or this converter's helper for the type.
         */
        private Function<CompatStep.Call, CodeBlock> callees(CompatConversion c, String name) {
            List<StructRef> order = List.copyOf(c.helpers().keySet());
            return call -> call.own() ? CodeBlock.of("$T.$N", Names.compatType(call.type()),
                            Names.compatMethod(call.viaFrom(), call.viaTo()))
                    : CodeBlock.of("$N", helperName(name, order, call.type()));
        }

        private static String helperName(String name, List<StructRef> order, StructRef type) {
            return name + "Part" + order.indexOf(type);
        }

        private CodeBlock arrayBody(CompatConversion c, String name, CodeBlock checked) {
            CodeBlock.Builder body = CodeBlock.builder()
                    .addStatement("$T.checkArrays($N, fromOffset, $L, $N, toOffset, $L, $N)",
                            memory.compatCopy(), CompatCode.FROM, c.fromSize(), CompatCode.TO,
                            c.toSize(), COUNT)
                    .add(checked);
            if (c.bulk()) {
                return body.add(code.copy("fromOffset", 0, "toOffset", 0,
                        CodeBlock.of("$N * $L", COUNT, c.fromSize()))).build();
            }
            return body.beginControlFlow("for ($T n = 0; n < $N; n++)", memory.offsetType(), COUNT)
                    .addStatement("$T f = fromOffset + n * $L", memory.offsetType(), c.fromSize())
                    .addStatement("$T t = toOffset + n * $L", memory.offsetType(), c.toSize())
                    .add(code.steps(c.steps(), "f", "t", c.order(), callees(c, name)))
                    .endControlFlow()
                    .build();
        }

        /**
         * Checks a struct with {@code count} flexible elements, each side for the bytes its layout's
         * {@code sizeWith(count)} gives, then converts it.
         */
        private CodeBlock flexibleBody(CompatConversion c, String name, CodeBlock checked) {
            return CodeBlock.builder()
                    .addStatement("$T.check($N, fromOffset, $L, $N, toOffset, $L)",
                            memory.compatCopy(), CompatCode.FROM,
                            sizeWith(c.fromSize(), c.fromAt(), c.fromStride()), CompatCode.TO,
                            sizeWith(c.toSize(), c.toAt(), c.toStride()))
                    .add(checked)
                    .add(code.steps(c.steps(), "fromOffset", "toOffset", c.order(),
                            callees(c, name)))
                    .build();
        }

        private MethodSpec.Builder signature(String name) {
            return MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(memory.memoryType(), CompatCode.FROM)
                    .addParameter(memory.offsetType(), "fromOffset")
                    .addParameter(memory.memoryType(), CompatCode.TO)
                    .addParameter(memory.offsetType(), "toOffset");
        }

        private CodeBlock sizeWith(long size, long at, long stride) {
            return memory.sizeWith(CodeBlock.of("$L", size), CodeBlock.of("$L", at),
                    CodeBlock.of("$N", COUNT), CodeBlock.of("$L", stride));
        }
    }

    private void addIoctlNumbers(TypeSpec.Builder type, AbiPlan userPlan) {
        StructLayout user = userPlan.layout();
        for (int i = 0; i < plan.ioctls().size(); i++) {
            IoctlDecl ioctl = plan.ioctls().get(i);
            IoctlNumber number = userPlan.ioctlNumbers().get(i);
            if (!number.fits()) {
                continue;
            }
            type.addField(FieldSpec.builder(int.class, ioctl.name() + "_" + user.abi().name(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L as $L user space encodes it, with its $L-byte argument: the"
                            + " compat number\nthe 64-bit kernel must also accept.\n",
                            ioctl.name(), user.abi(), user.size())
                    .initializer("0x$L", Long.toHexString(number.value()))
                    .build());
        }
    }
}
