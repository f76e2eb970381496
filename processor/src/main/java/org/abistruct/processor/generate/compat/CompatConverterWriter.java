package org.abistruct.processor.generate.compat;

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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import org.abistruct.Compat;
import org.abistruct.processor.generate.DocText;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.layout.IoctlNumber;
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
    /** The parameter of a method converting in either byte order. */
    private static final String BIG_ENDIAN = "bigEndian";

    private final StructPlan plan;
    private final StructDecl decl;
    /**
     * The name of the first direction of each conversion (without its byte order) that
     * directions of both byte orders make: one method converts them all.
     */
    private final Map<CompatConversion, String> anyOrder;
    private final List<Directions> backends = new ArrayList<>();
    /** {@code convert}, which routes each direction to the method converting it. */
    private final ConvertMethod convert = new ConvertMethod();

    private CompatConverterWriter(StructPlan plan, List<MemoryBackend> memories) {
        this.plan = plan;
        this.decl = plan.decl();
        this.anyOrder = anyOrder(plan);
        memories.forEach(memory -> backends.add(new Directions(memory)));
    }

    /**
     * Of the directions with methods of their own, those whose code differs from another's in
     * the byte order alone, by their conversion without it: the first one's name.
     */
    private static Map<CompatConversion, String> anyOrder(StructPlan plan) {
        Map<CompatConversion, String> first = new HashMap<>();
        Map<CompatConversion, ByteOrder> firstOrder = new HashMap<>();
        Map<CompatConversion, String> both = new HashMap<>();
        for (PairPlan pair : plan.pairs()) {
            for (CompatDirection direction : pair.directions()) {
                CompatConversion c = direction.conversion();
                if (c.bulk() || !direction.own() || c.order() == null) {
                    continue;
                }
                CompatConversion shape = c.withoutOrder();
                String name = Names.compatMethod(direction.from().abi(), direction.to().abi());
                if (first.putIfAbsent(shape, name) == null) {
                    firstOrder.put(shape, c.order());
                } else if (firstOrder.get(shape) != c.order()) {
                    both.put(shape, first.get(shape));
                }
            }
        }
        return both;
    }

    /** The converter class of {@code plan}, with methods over each of {@code memories}. */
    static TypeSpec.Builder write(StructPlan plan, List<MemoryBackend> memories) {
        return new CompatConverterWriter(plan, memories).build();
    }

    private TypeSpec.Builder build() {
        TypeSpec.Builder type = TypeSpec.classBuilder(Names.compatType(decl.ref()))
                .addJavadoc("$L\n<ul>\n", DocText.wrapped("Converts {@code " + decl.keyword()
                        + " " + decl.cName() + "} ({@link "
                        + String.join(".", Names.record(decl.ref()).simpleNames())
                        + "}) between 32-bit user space and its 64-bit kernel, as {@link "
                        + Compat.class.getName() + "#GENERATE} describes."))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        // One item for the pairs of each pair of sizes, one for those of identical layouts.
        Map<String, List<String>> items = new LinkedHashMap<>();
        String identical = ": identical layouts, copied in bulk by {@code convert}";
        for (PairPlan pair : plan.pairs()) {
            StructLayout user = pair.diff().user();
            StructLayout kernel = pair.diff().kernel();
            String what = pair.differs() ? ": sizes " + user.size() + " and " + kernel.size()
                    + ", converted member by member" : identical;
            items.computeIfAbsent(what, k -> new ArrayList<>())
                    .add(pair.pair().toString().replace(">", "&gt;"));
            // The methods a direction is routed to have the same names over every memory.
            List<String> routed = new ArrayList<>();
            for (Directions memory : backends) {
                routed.clear();
                for (CompatDirection direction : pair.directions()) {
                    routed.add(memory.addDirection(type, direction));
                }
            }
            for (int i = 0; i < routed.size(); i++) {
                CompatDirection direction = pair.directions().get(i);
                convert.route(direction.from().abi(), direction.to().abi(), routed.get(i));
            }
            if (user.size() != kernel.size()) {
                addIoctlNumbers(type, plan.abi(user.abi()));
            }
        }
        List<String> same = items.remove(identical);
        items.forEach((what, pairs) -> type.addJavadoc("$L\n",
                DocText.wrapped("<li>" + String.join(", ", pairs) + what + "</li>")));
        if (same != null) {
            type.addJavadoc("$L\n", DocText.wrapped("<li>" + String.join(", ", same)
                    + identical + "</li>"));
        }
        type.addJavadoc("</ul>\n");
        convert.addTo(type, decl.cType(), plan.first().layout().hasFlexibleArray(),
                backends.stream().map(d -> d.memory).toList());
        return type;
    }

    /**
     * The code of one conversion: {@code name}, the prefix of its helpers' names, and
     * {@code bigEndian}, the byte order expression its words are resized in: a constant, or
     * the {@code bigEndian} parameter its helpers then take too.
     */
    private record Body(String name, String bigEndian) {}

    /** The methods of each direction over one kind of memory. */
    private final class Directions {
        private final MemoryBackend memory;
        private final CompatCode code;
        /** The method first written for each distinct conversion. */
        private final Map<CompatConversion, String> bodies = new HashMap<>();
        /** The methods converting in either byte order, written once. */
        private final Set<String> anyOrderMethods = new HashSet<>();

        private final NarrowChecks checks;

        Directions(MemoryBackend memory) {
            this.memory = memory;
            this.code = new CompatCode(memory);
            this.checks = new NarrowChecks(memory);
        }

        /**
         * The public methods of one direction: for one struct, and for an array of them (a struct
         * ending in a flexible array member takes its element count instead). A direction whose
         * conversion is the same code as an earlier one's, or a bulk copy, has none. Returns the
         * method {@code convert} routes the direction to.
         */
        private String addDirection(TypeSpec.Builder type, CompatDirection direction) {
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
                            .addCode(arrayBody(conversion, new Body(copy, "false"),
                                    CodeBlock.of("")))
                            .build());
                }
                return copy;
            }
            if (!direction.own()) {
                // The same code as an earlier direction's, whose methods convert it.
                return Names.compatMethod(direction.viaFrom(), direction.viaTo());
            }
            String shared = anyOrder.get(conversion.withoutOrder());
            CodeBlock body;
            if (shared == null) {
                body = code(type, direction, new Body(name,
                        CompatCode.bigEndian(from.abi().byteOrder())));
            } else {
                // Code that differs from another direction's in the byte order alone: one
                // private method converts both, given the order.
                String method = shared + "AnyOrder";
                if (anyOrderMethods.add(method)) {
                    type.addMethod(signature(method, Modifier.PRIVATE)
                            .addJavadoc("What {@code $L} converts, in the byte order {@code $L}"
                                    + " says.\n", shared, BIG_ENDIAN)
                            .addParameter(memory.offsetType(), COUNT)
                            .addParameter(boolean.class, BIG_ENDIAN)
                            .addCode(code(type, direction, new Body(shared, BIG_ENDIAN)))
                            .build());
                }
                body = CodeBlock.builder().addStatement("$N($N, fromOffset, $N, toOffset, $N, $L)",
                        method, CompatCode.FROM, CompatCode.TO, COUNT,
                        CompatCode.bigEndian(from.abi().byteOrder())).build();
            }
            MethodSpec.Builder one = signature(name).addJavadoc("$L to $L: one $L$L.\n",
                    from.abi(), to.abi(), decl.keyword(),
                    flexible ? " and its {@code count} flexible elements" : "");
            if (flexible) {
                type.addMethod(one.addParameter(memory.offsetType(), COUNT).addCode(body).build());
                return name;
            }
            type.addMethod(one.addStatement("$N($N, fromOffset, $N, toOffset, 1)", name,
                    CompatCode.FROM, CompatCode.TO).build());
            type.addMethod(signature(name)
                    .addJavadoc("$L to $L: {@code count} consecutive structs.\n", from.abi(),
                            to.abi())
                    .addParameter(memory.offsetType(), COUNT)
                    .addCode(body)
                    .build());
            return name;
        }

        /**
         * The statements converting {@code direction} (its checks, then each struct), the
         * helpers they call added to {@code type}.
         */
        private CodeBlock code(TypeSpec.Builder type, CompatDirection direction, Body body) {
            CompatConversion conversion = direction.conversion();
            CodeBlock checked = direction.narrows() && NarrowChecks.narrows(conversion.steps())
                    ? checks.all(type, conversion, body.name(), body.bigEndian()) : CodeBlock.of("");
            CodeBlock code = conversion.flexible() ? flexibleBody(conversion, body, checked)
                    : arrayBody(conversion, body, checked);
            addHelpers(type, conversion, body);
            return code;
        }

        /**
         * The private helpers of {@code c}'s embedded types, {@code i386ToX86_64Part0}...: each
         * converts one struct of its type at {@code f} into {@code t}, unchecked.
         */
        private void addHelpers(TypeSpec.Builder type, CompatConversion c, Body body) {
            List<StructRef> order = List.copyOf(c.helpers().keySet());
            for (Map.Entry<StructRef, List<CompatStep>> helper : c.helpers().entrySet()) {
                type.addMethod(CompatCode.orderParameter(MethodSpec.methodBuilder(
                                helperName(body.name(), order, helper.getKey()))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(memory.memoryType(), CompatCode.FROM)
                        .addParameter(memory.offsetType(), "f")
                        .addParameter(memory.memoryType(), CompatCode.TO)
                        .addParameter(memory.offsetType(), "t"), body.bigEndian())
                        .addCode(code.steps(helper.getValue(), "f", "t", body.bigEndian(),
                                callees(c, body.name())))
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

        private CodeBlock arrayBody(CompatConversion c, Body b, CodeBlock checked) {
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
                    .add(code.steps(c.steps(), "f", "t", b.bigEndian(), callees(c, b.name())))
                    .endControlFlow()
                    .build();
        }

        /**
         * Checks a struct with {@code count} flexible elements, each side for the bytes its layout's
         * {@code sizeWith(count)} gives, then converts it.
         */
        private CodeBlock flexibleBody(CompatConversion c, Body b, CodeBlock checked) {
            return CodeBlock.builder()
                    .addStatement("$T.check($N, fromOffset, $L, $N, toOffset, $L)",
                            memory.compatCopy(), CompatCode.FROM,
                            sizeWith(c.fromSize(), c.fromAt(), c.fromStride()), CompatCode.TO,
                            sizeWith(c.toSize(), c.toAt(), c.toStride()))
                    .add(checked)
                    .add(code.steps(c.steps(), "fromOffset", "toOffset", b.bigEndian(),
                            callees(c, b.name())))
                    .build();
        }

        private MethodSpec.Builder signature(String name) {
            return signature(name, Modifier.PUBLIC);
        }

        private MethodSpec.Builder signature(String name, Modifier access) {
            return MethodSpec.methodBuilder(name)
                    .addModifiers(access, Modifier.STATIC)
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
