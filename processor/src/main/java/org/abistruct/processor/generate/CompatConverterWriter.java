package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.abistruct.Abi;
import org.abistruct.processor.layout.AbiRules;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.IoctlEncoding;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.StructDecl;

/**
 * Writes the compat converter class of a struct declared {@code compat = GENERATE}: for each
 * compat pair it selects, static methods converting one struct, or an array of them, from the
 * 32-bit user-space layout to the 64-bit kernel layout and back, member by member through
 * embedded structs and arrays, zeroing the destination's padding ({@link CompatSteps} plans
 * it, {@link CompatCode} writes it). Offsets come from the layouts; nothing is allocated.
 * Pairs whose conversion is the same code share it.
 */
final class CompatConverterWriter {
    private static final String COUNT = "count";

    private final StructDecl decl;
    private final CompatCode code = new CompatCode();
    /** The method first written for each distinct conversion. */
    private final Map<Conversion, String> bodies = new HashMap<>();

    /**
     * All a direction's code depends on, so that directions with equal conversions share one
     * body: the sizes, the steps and, where a pointer or C long is resized, the byte order.
     */
    private record Conversion(boolean flexible, boolean bulk, long fromSize, long toSize,
                              long fromAt, long toAt, long fromStride, long toStride,
                              List<CompatStep> steps, ByteOrder order) {
        static Conversion of(String cName, StructLayout from, StructLayout to) {
            boolean flexible = from.hasFlexibleArray();
            boolean bulk = !flexible && CompatSteps.same(from, to);
            List<CompatStep> steps = bulk ? List.of() : CompatSteps.of(cName, from, to);
            return new Conversion(flexible, bulk, from.size(), to.size(),
                    flexible ? from.flexibleArray().offset() : 0,
                    flexible ? to.flexibleArray().offset() : 0,
                    flexible ? from.flexibleArray().outerStride() : 0,
                    flexible ? to.flexibleArray().outerStride() : 0, steps,
                    resizes(steps) ? from.abi().byteOrder() : null);
        }

        private static boolean resizes(List<CompatStep> steps) {
            for (CompatStep step : steps) {
                if (step instanceof CompatStep.Resize
                        || step instanceof CompatStep.Loop loop && resizes(loop.body())) {
                    return true;
                }
            }
            return false;
        }
    }

    private CompatConverterWriter(StructDecl decl) {
        this.decl = decl;
    }

    /** The class name, such as {@code p.KvmDirtyTlbCompat}. */
    static ClassName name(StructDecl decl) {
        return ClassName.get(decl.ref().packageName(),
                String.join("_", decl.ref().simpleNames()) + "Compat");
    }

    /** {@code i386ToX86_64}. */
    static String method(Abi from, Abi to) {
        String target = to.name().toLowerCase(Locale.ROOT);
        return from.name().toLowerCase(Locale.ROOT) + "To" + Character.toUpperCase(target.charAt(0))
                + target.substring(1);
    }

    /** The class for {@code layouts} (in Abi order), with the compat numbers of {@code ioctls}. */
    static TypeSpec write(StructDecl decl, List<StructLayout> layouts, List<IoctlDecl> ioctls) {
        return new CompatConverterWriter(decl).build(layouts, ioctls);
    }

    private TypeSpec build(List<StructLayout> layouts, List<IoctlDecl> ioctls) {
        Map<Abi, StructLayout> byAbi = new EnumMap<>(Abi.class);
        layouts.forEach(l -> byAbi.put(l.abi(), l));
        TypeSpec.Builder type = TypeSpec.classBuilder(name(decl))
                .addJavadoc("Converts {@code $L $L} ({@link $T}) between 32-bit user space and"
                        + " its 64-bit kernel,\nas a kernel's compat handler does. The regions"
                        + " converted from and to must not overlap.\n\n<ul>\n",
                        decl.keyword(), decl.cName(), Names.record(decl.ref()))
                .addAnnotation(LayoutRecordWriter.generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (CompatPair pair : CompatPair.within(byAbi.keySet())) {
            StructLayout user = byAbi.get(pair.user());
            StructLayout kernel = byAbi.get(pair.kernel());
            boolean same = !CompatDiff.of(pair, user, kernel).differs();
            type.addJavadoc("<li>$L: $L</li>\n", pair.toString().replace(">", "&gt;"),
                    same ? "identical layouts, copied in bulk"
                            : "sizes " + user.size() + " and " + kernel.size()
                                    + ", converted member by member");
            addDirection(type, user, kernel);
            addDirection(type, kernel, user);
            if (user.size() != kernel.size()) {
                addIoctlNumbers(type, user, ioctls);
            }
        }
        type.addJavadoc("</ul>\n");
        return type.build();
    }

    /**
     * The public methods of one direction: for one struct, and for an array of them (a struct
     * ending in a flexible array member takes its element count instead). A direction whose
     * conversion is the same code as an earlier one's calls that one.
     */
    private void addDirection(TypeSpec.Builder type, StructLayout from, StructLayout to) {
        String name = method(from.abi(), to.abi());
        Conversion conversion = Conversion.of(decl.cName(), from, to);
        boolean flexible = conversion.flexible();
        String earlier = bodies.putIfAbsent(conversion, name);
        CodeBlock body = earlier != null ? delegation(earlier)
                : flexible ? flexibleBody(conversion) : arrayBody(conversion);
        MethodSpec.Builder one = signature(name, from, to)
                .addJavadoc("Converts the $L at {@code fromOffset}, laid out for $L, into"
                        + " {@code to} at\n{@code toOffset}, laid out for $L.$L\n",
                        decl.keyword(), from.abi(), to.abi(), flexible
                                ? " {@code count} is the\nnumber of elements of the flexible array;"
                                        + " each buffer needs its layout's\n"
                                        + "{@code sizeWith(count)} bytes from its offset."
                                : "")
                .addJavadoc(earlier == null ? CodeBlock.of("")
                        : CodeBlock.of("The same conversion as {@link #$L}.\n", earlier))
                .addJavadoc("\n@throws IndexOutOfBoundsException if a struct does not fit its"
                        + " buffer$L\n", flexible ? ", or {@code count} is negative" : "")
                .addJavadoc(flexible ? "@throws ArithmeticException if a size overflows an"
                        + " {@code int}\n" : "")
                .addJavadoc(narrows(from, to) ? "@throws IllegalArgumentException if a pointer or"
                        + " C long does not fit 4 bytes\n" : "");
        if (flexible) {
            type.addMethod(one.addParameter(int.class, COUNT).addCode(body).build());
            return;
        }
        type.addMethod(one.addStatement("$N($N, fromOffset, $N, toOffset, 1)", name,
                CompatCode.FROM, CompatCode.TO).build());
        type.addMethod(signature(name, from, to)
                .addJavadoc("Converts {@code count} consecutive structs, as {@link #$L("
                        + "ByteBuffer, int, ByteBuffer, int)}\ndoes one.\n\n"
                        + "@throws IndexOutOfBoundsException if the array does not fit its"
                        + " buffer\n", name)
                .addJavadoc(narrows(from, to) ? "@throws IllegalArgumentException if a pointer"
                        + " or C long does not fit 4 bytes\n" : "")
                .addParameter(int.class, COUNT)
                .addCode(body)
                .build());
    }

    /** {@code i386ToX86_64(from, fromOffset, to, toOffset, count);} */
    private static CodeBlock delegation(String earlier) {
        return CodeBlock.of("$N($N, fromOffset, $N, toOffset, $N);\n", earlier, CompatCode.FROM,
                CompatCode.TO, COUNT);
    }

    /** Checks an array of {@code count} structs, then converts it in bulk or struct by struct. */
    private CodeBlock arrayBody(Conversion c) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T.checkArrays($N, fromOffset, $L, $N, toOffset, $L, $N)",
                        CompatCode.COPY, CompatCode.FROM, c.fromSize(), CompatCode.TO,
                        c.toSize(), COUNT);
        if (c.bulk()) {
            return body.add(CompatCode.copy("fromOffset", 0, "toOffset", 0,
                    CodeBlock.of("$N * $L", COUNT, c.fromSize()))).build();
        }
        return body.beginControlFlow("for (int n = 0; n < $N; n++)", COUNT)
                .addStatement("int f = fromOffset + n * $L", c.fromSize())
                .addStatement("int t = toOffset + n * $L", c.toSize())
                .add(code.steps(c.steps(), "f", "t", c.order()))
                .endControlFlow()
                .build();
    }

    /**
     * Checks a struct with {@code count} flexible elements, each side for the bytes its layout's
     * {@code sizeWith(count)} gives, then converts it.
     */
    private CodeBlock flexibleBody(Conversion c) {
        return CodeBlock.builder()
                .addStatement("$T.check($N, fromOffset, $L, $N, toOffset, $L)",
                        CompatCode.COPY, CompatCode.FROM,
                        sizeWith(c.fromSize(), c.fromAt(), c.fromStride()), CompatCode.TO,
                        sizeWith(c.toSize(), c.toAt(), c.toStride()))
                .add(code.steps(c.steps(), "fromOffset", "toOffset", c.order()))
                .build();
    }

    private static MethodSpec.Builder signature(String name, StructLayout from, StructLayout to) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(ByteBuffer.class, CompatCode.FROM)
                .addParameter(int.class, "fromOffset")
                .addParameter(ByteBuffer.class, CompatCode.TO)
                .addParameter(int.class, "toOffset");
    }

    private static CodeBlock sizeWith(long size, long at, long stride) {
        return CodeBlock.of("$T.sizeWith($L, $L, $N, $L)", ByteBufferBackend.ACCESS, size, at,
                COUNT, stride);
    }

    /** Whether a pointer or C long of {@code from} is wider than on {@code to}. */
    private static boolean narrows(StructLayout from, StructLayout to) {
        return usesAbiSized(from) && AbiRules.of(from.abi()).pointerSize()
                > AbiRules.of(to.abi()).pointerSize();
    }

    private static boolean usesAbiSized(StructLayout layout) {
        for (FieldLayout field : layout.fields()) {
            CType type = field.member().type();
            CType leaf = type instanceof ArrayType a ? a.leaf() : type;
            if (leaf instanceof Scalar s && s.kind().abiSized()
                    || field.nested().isPresent() && usesAbiSized(field.nested().get())) {
                return true;
            }
        }
        return false;
    }

    private void addIoctlNumbers(TypeSpec.Builder type, StructLayout user, List<IoctlDecl> ioctls) {
        for (IoctlDecl ioctl : ioctls) {
            IoctlNumber number = IoctlEncoding.number(ioctl, user);
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
