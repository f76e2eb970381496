package org.abistruct.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;

/**
 * Writes the class binding one struct under one ABI: its size, alignment, offsets and ioctl
 * numbers as constants, the singleton, the pahole-style description, and every accessor.
 */
final class AbiClassWriter {
    private static final String LAYOUT = "LAYOUT";
    private static final String COMPAT = "COMPAT";
    private static final String OFFSETS = "OFFSETS";

    private final StructLayout layout;
    private final List<IoctlDecl> ioctls;
    private final ClassName name;
    private final ScalarAccess memory;
    private final TypeSpec.Builder type;
    private final String compatReport;

    private AbiClassWriter(StructLayout layout, List<IoctlDecl> ioctls, ScalarAccess memory,
                           String compatReport) {
        this.layout = layout;
        this.ioctls = List.copyOf(ioctls);
        this.compatReport = compatReport;
        this.name = Names.abiClass(layout.decl().ref(), layout.abi());
        this.memory = memory;
        this.type = TypeSpec.classBuilder(name);
    }

    /**
     * The class of {@code layout}'s struct and ABI, over a {@code ByteBuffer}, with the numbers
     * of {@code ioctls}, whose argument the struct is, and the struct's compat report.
     */
    static TypeSpec write(StructLayout layout, List<IoctlDecl> ioctls, String compatReport) {
        return new AbiClassWriter(layout, ioctls, new ByteBufferBackend(layout.abi().byteOrder()),
                compatReport).build();
    }

    private TypeSpec build() {
        StructDecl decl = layout.decl();
        type.addJavadoc("Binds {@code $L $L} ({@link $T}) under {@link $T#$L}, $L.\n\n",
                        decl.keyword(), decl.cName(), Names.record(decl.ref()), Names.ABI,
                        layout.abi().name(), byteOrder())
                .addJavadoc("<pre>\n$L</pre>\n", javadocSafe(PaholeText.of(layout)))
                .addAnnotation(generated())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Names.layoutInterface(decl.ref()));
        addConstants();
        addConstructor();
        addProperties();
        for (IoctlDecl ioctl : ioctls) {
            type.addMethod(IoctlMembers.implementation(ioctl));
        }
        MemberAccessWriter accessors = new MemberAccessWriter(layout.abi(), memory);
        for (MemberSlot slot : MemberSlot.of(layout)) {
            type.addMethods(accessors.accessors(slot));
        }
        type.addMethods(new RecordCodecWriter(layout, memory, accessors).methods());
        memory.addSupport(type);
        return type.build();
    }

    /** SIZE, ALIGNMENT, one OFFSET_ per member, one per ioctl, INSTANCE and LAYOUT. */
    private void addConstants() {
        String tag = layout.decl().keyword() + " " + layout.decl().cName();
        type.addField(constant("SIZE", layout.size(), "{@code sizeof($L)}.", tag));
        type.addField(constant("ALIGNMENT", layout.alignment(), "{@code _Alignof($L)}.", tag));
        for (MemberSlot slot : MemberSlot.of(layout)) {
            type.addField(slot.member().anonymous()
                    ? constant(Names.offsetConstant(slot.member()), slot.offset(),
                            "Where the anonymous $L {@code $L} starts.",
                            slot.nested().decl().keyword(), slot.member().cName())
                    : constant(Names.offsetConstant(slot.member()), slot.offset(),
                            "{@code offsetof($L, $L)}.", tag, slot.member().cName()));
        }
        for (IoctlDecl ioctl : ioctls) {
            type.addField(IoctlMembers.constant(ioctl, layout));
        }
        type.addField(FieldSpec.builder(name, "INSTANCE",
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The only instance.\n")
                .initializer("new $T()", name)
                .build());
        type.addField(FieldSpec.builder(String.class, LAYOUT,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", PaholeText.of(layout))
                .build());
        type.addField(FieldSpec.builder(String.class, COMPAT,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", compatReport)
                .build());
        addOffsetTable();
    }

    /** OFFSETS: each named member's C name and offset, in declaration order. */
    private void addOffsetTable() {
        CodeBlock.Builder table = CodeBlock.builder()
                .addStatement("$T<String, Integer> offsets = new $T<>()", Map.class,
                        LinkedHashMap.class);
        for (MemberSlot slot : MemberSlot.of(layout)) {
            if (!slot.member().anonymous()) {
                table.addStatement("offsets.put($S, $N)", slot.member().cName(),
                        Names.offsetConstant(slot.member()));
            }
        }
        type.addField(FieldSpec.builder(Signatures.OFFSETS_TYPE, OFFSETS,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("offsetTable()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("offsetTable")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Signatures.OFFSETS_TYPE)
                .addCode(table.build())
                .addStatement("return $T.unmodifiableMap(offsets)", Collections.class)
                .build());
    }

    private static FieldSpec constant(String name, long value, String javadoc, Object... args) {
        return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n", args)
                .initializer("$L", value)
                .build();
    }

    private void addConstructor() {
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }

    /** The methods of {@code AbiLayout}: abi(), size(), offsets() and the rest. */
    private void addProperties() {
        for (Signatures.Property property : Signatures.properties()) {
            MethodSpec.Builder method = property.signature().addAnnotation(Override.class);
            switch (property.name()) {
                case "abi":
                    method.addStatement("return $T.$L", Names.ABI, layout.abi().name());
                    break;
                case "size":
                    method.addStatement("return SIZE");
                    break;
                case "alignment":
                    method.addStatement("return ALIGNMENT");
                    break;
                case "cName":
                    method.addStatement("return $S", layout.decl().cName());
                    break;
                case "describe":
                    method.addStatement("return $N", LAYOUT);
                    break;
                case "offsets":
                    method.addStatement("return $N", OFFSETS);
                    break;
                case "compatReport":
                    method.addStatement("return $N", COMPAT);
                    break;
                default:
                    throw new AssertionError(property.name());
            }
            type.addMethod(method.build());
        }
    }

    private String byteOrder() {
        return layout.abi().byteOrder() == ByteOrder.BIG_ENDIAN ? "big-endian" : "little-endian";
    }

    /** The {@code @Generated} annotation, without a date. */
    static AnnotationSpec generated() {
        return AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                .addMember("value", "$S", Names.GENERATOR)
                .build();
    }

    /** Text that cannot end the Javadoc comment it is put in. */
    static String javadocSafe(String text) {
        return text.replace("*/", "*&#47;");
    }
}
