package org.abistruct.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteOrder;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;

/**
 * Writes the class binding one struct under one ABI: its size, alignment, offsets and ioctl
 * numbers as constants, the singleton, the pahole-style description, and every accessor, its
 * own or inherited from the implementation its group of ABIs shares.
 */
final class AbiClassWriter {
    private static final String LAYOUT = "LAYOUT";

    private final StructLayout layout;
    private final ImplementationGroup group;
    private final List<MemberSlot> slots;
    private final List<IoctlDecl> ioctls;
    private final ClassName name;
    private final TypeSpec.Builder type;
    private final String pahole;

    private AbiClassWriter(StructLayout layout, ImplementationGroup group,
                           List<IoctlDecl> ioctls) {
        this.layout = layout;
        this.group = group;
        this.slots = MemberSlot.of(layout);
        this.ioctls = List.copyOf(ioctls);
        this.name = Names.abiClass(layout.decl().ref(), layout.abi());
        this.type = TypeSpec.classBuilder(name);
        this.pahole = PaholeText.of(layout);
    }

    /**
     * The class of {@code layout}'s struct and ABI, one of {@code group}, over a
     * {@code ByteBuffer}, with the numbers of {@code ioctls}, whose argument the struct is.
     */
    static TypeSpec write(StructLayout layout, ImplementationGroup group,
                          List<IoctlDecl> ioctls) {
        return new AbiClassWriter(layout, group, ioctls).build();
    }

    private TypeSpec build() {
        StructDecl decl = layout.decl();
        type.addJavadoc("Binds {@code $L $L} ({@link $T}) under {@link $T#$L}, $L.\n",
                        decl.keyword(), decl.cName(), Names.record(decl.ref()), Names.ABI,
                        layout.abi().name(), byteOrder());
        if (group.shared()) {
            type.addJavadoc("Its accessors are those of {@link $L}, the same code on $L.\n",
                    group.implementation().simpleName(), group.abiNames());
        }
        type.addJavadoc("\n<p>{@code SIZE} is {@code sizeof($L $L)}, {@code ALIGNMENT} its"
                        + " {@code _Alignof},\nand each {@code OFFSET_} constant the offset of its"
                        + " member, as below.\n", decl.keyword(), decl.cName())
                .addJavadoc("\n<pre>\n$L</pre>\n", javadocSafe(pahole))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        if (group.shared()) {
            type.superclass(group.implementation());
        } else {
            type.addSuperinterface(Names.layoutInterface(decl.ref()));
        }
        addConstants();
        addConstructor();
        addProperties();
        for (IoctlDecl ioctl : ioctls) {
            type.addMethod(IoctlMembers.implementation(ioctl));
        }
        if (!group.shared()) {
            ImplementationWriter.addMembers(type, layout, slots);
        }
        return type.build();
    }

    /** SIZE, ALIGNMENT, one OFFSET_ per member, one per ioctl, INSTANCE and LAYOUT. */
    private void addConstants() {
        type.addField(constant("SIZE", layout.size()));
        type.addField(constant("ALIGNMENT", layout.alignment()));
        for (MemberSlot slot : slots) {
            type.addField(constant(Names.offsetConstant(slot.member()), slot.offset()));
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
                .initializer("$S", pahole)
                .build());
    }

    /** A public constant, documented by the class comment. */
    private static FieldSpec constant(String name, long value) {
        return FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", value)
                .build();
    }

    private void addConstructor() {
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    }

    /**
     * The methods of {@code AbiLayout} that differ between ABIs of one implementation group:
     * abi(), alignment() and describe(); the group's implementation has size() and offsets().
     */
    private void addProperties() {
        type.addMethod(property("abi", Names.ABI)
                        .addStatement("return $T.$L", Names.ABI, layout.abi().name()).build())
                .addMethod(property("alignment", TypeName.INT)
                        .addStatement("return ALIGNMENT").build())
                .addMethod(property("describe", ClassName.get(String.class))
                        .addStatement("return $N", LAYOUT).build());
    }

    /** {@code @Override public T name()}. */
    static MethodSpec.Builder property(String name, TypeName type) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(type);
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
