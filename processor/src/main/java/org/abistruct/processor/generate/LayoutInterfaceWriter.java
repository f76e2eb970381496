package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;

/**
 * Writes a struct's layout interface: {@code of(Abi)} choosing the class of an ABI, every method
 * those classes implement (accessors, codec, ioctl numbers), documented once here, and the
 * methods that are the same on every ABI (whole-array accessors, C name, compat report).
 */
final class LayoutInterfaceWriter {
    private LayoutInterfaceWriter() {}

    /**
     * The interface of {@code struct}, whose selected ABIs are those of its layouts, and whose
     * compat report is {@code compatReport}.
     */
    static TypeSpec write(LaidOutStruct struct, String compatReport) {
        StructDecl decl = struct.decl();
        List<StructLayout> layouts = struct.layouts();
        ClassName name = Names.layoutInterface(decl.ref());
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
                .addJavadoc("The layouts of {@code $L $L} ({@link $T}), one class per ABI:\n"
                        + "$L.\n\n",
                        decl.keyword(), decl.cName(), Names.record(decl.ref()), classLinks(layouts))
                .addJavadoc("<p>Every accessor takes the buffer and the {@code offset} at which"
                        + " the $L starts in it,\nand reads or writes in the ABI's byte order"
                        + " whatever the buffer's order; it never\nmoves the buffer's position."
                        + " A buffer whose limit is below {@code offset + size()}\nthrows"
                        + " {@link IndexOutOfBoundsException} before any byte is touched.\n",
                        decl.keyword())
                .addAnnotation(AbiClassWriter.generated())
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AbiLayout.class)
                .addMethod(of(decl, layouts, name));
        addSameOnEveryAbi(type, decl, compatReport);
        // Signatures, and the whole-array bodies over the element accessors, are the same for
        // every byte order; any one will do.
        ScalarAccess memory = new ByteBufferBackend(ByteOrder.BIG_ENDIAN);
        Signatures signatures = new Signatures(memory);
        MemberAccessWriter bodies = new MemberAccessWriter(layouts.get(0).abi(), memory);
        for (MemberSlot slot : MemberSlot.of(layouts.get(0))) {
            for (Accessor kind : Accessor.of(slot)) {
                MethodSpec.Builder method = signatures.accessor(slot, kind)
                        .addJavadoc(Signatures.javadoc(slot, kind));
                type.addMethod(kind.wholeArray()
                        ? method.addModifiers(Modifier.DEFAULT)
                                .addCode(bodies.wholeArrayBody(slot, kind)).build()
                        : method.addModifiers(Modifier.ABSTRACT).build());
            }
        }
        addCodecMethods(type, signatures, layouts.get(0));
        for (IoctlDecl ioctl : struct.ioctls()) {
            type.addMethod(IoctlMembers.declaration(ioctl, decl));
        }
        return type.build();
    }

    /** {@code cName()} and {@code compatReport()}, which no ABI changes. */
    private static void addSameOnEveryAbi(TypeSpec.Builder type, StructDecl decl,
                                          String compatReport) {
        type.addMethod(MethodSpec.methodBuilder("cName")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(String.class)
                        .addStatement("return $S", decl.cName())
                        .build())
                .addMethod(MethodSpec.methodBuilder("compatReport")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(String.class)
                        .addStatement("return $S", compatReport)
                        .build());
    }

    /** {@code static Layout of(Abi abi)}: a switch over the selected ABIs. */
    private static MethodSpec of(StructDecl decl, List<StructLayout> layouts, ClassName name) {
        CodeBlock.Builder body = CodeBlock.builder().add("return switch (abi) {\n$>");
        List<String> abis = new ArrayList<>();
        for (StructLayout layout : layouts) {
            body.add("case $L -> $T.INSTANCE;\n", layout.abi().name(),
                    Names.abiClass(decl.ref(), layout.abi()));
            abis.add(layout.abi().name());
        }
        body.add("default -> throw new $T($Z$S + abi$W+ $S);\n$<};\n",
                IllegalArgumentException.class, decl.keyword() + " " + decl.cName()
                        + " is not laid out for ", "; its ABIs are " + String.join(", ", abis));
        return MethodSpec.methodBuilder("of")
                .addJavadoc("The layout under {@code abi}.\n\n"
                        + "@throws IllegalArgumentException if {@code abi} is not one of $L\n",
                        String.join(", ", abis))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(Abi.class, "abi")
                .addCode(body.build())
                .build();
    }

    private static void addCodecMethods(TypeSpec.Builder type, Signatures signatures,
                                        StructLayout layout) {
        String tag = layout.decl().keyword();
        type.addMethod(signatures.read(layout)
                .addModifiers(Modifier.ABSTRACT)
                .addJavadoc(layout.hasFlexibleArray()
                        ? "Reads the $L at {@code offset} into a new record, with {@code count}\n"
                                + "elements of its flexible array member.\n"
                        : "Reads the $L at {@code offset} into a new record.\n", tag)
                .build());
        type.addMethod(signatures.write(layout)
                .addModifiers(Modifier.ABSTRACT)
                .addJavadoc(layout.decl().union()
                        ? "Writes {@code value}'s first member, as C initializes a union, and"
                                + " zeroes\nthe union's other bytes.\n"
                        : "Writes every member of {@code value} and zeroes every padding byte.\n")
                .addJavadoc("Members are written in order: one that is rejected leaves those"
                        + " before it written.\n")
                .build());
        type.addMethod(Signatures.elementOffset()
                .addModifiers(Modifier.ABSTRACT)
                .addJavadoc("Where element {@code index} of an array of this $L starting at\n"
                        + "{@code arrayOffset} begins.\n\n"
                        + "@throws IndexOutOfBoundsException if {@code index} is negative\n"
                        + "@throws ArithmeticException if the offset overflows an {@code int}\n",
                        tag)
                .build());
    }

    private static String classLinks(List<StructLayout> layouts) {
        StringBuilder links = new StringBuilder();
        int lineLength = 0;
        for (StructLayout layout : layouts) {
            String link = "{@link " + Names.abiClass(layout.decl().ref(), layout.abi()).simpleName()
                    + "}";
            if (lineLength > 0 && lineLength + link.length() > 90) {
                links.append(",\n");
                lineLength = 0;
            } else if (lineLength > 0) {
                links.append(", ");
            }
            links.append(link);
            lineLength += link.length() + 2;
        }
        return links.toString();
    }
}
