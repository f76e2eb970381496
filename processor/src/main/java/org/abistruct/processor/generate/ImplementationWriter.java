package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructDecl;

/**
 * Writes the accessor code of one implementation group: the member accessors, {@code read},
 * {@code write}, {@code elementOffset} and the VarHandles they use, into the ABI class of a
 * group of one, or into the abstract class a shared group's ABI classes extend.
 */
final class ImplementationWriter {
    private static final String OFFSETS = "OFFSETS";

    private ImplementationWriter() {}

    /**
     * The abstract class of a shared {@code group}, with its own private size and offsets, and a
     * private constructor: only the group's ABI classes, nested beside it, extend it.
     */
    static TypeSpec write(ImplementationGroup group) {
        StructLayout layout = group.first();
        StructDecl decl = layout.decl();
        TypeSpec.Builder type = TypeSpec.classBuilder(group.implementation())
                .addJavadoc("The accessors of {@code $L $L} ({@link $T}) on $L,\nwhose members"
                        + " lie at the same offsets with the same sizes$L: the code their\n"
                        + "classes share, not a layout of its own.\n",
                        decl.keyword(), decl.cName(), Names.record(decl.ref()),
                        group.abiNames(), byteOrder(group))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.ABSTRACT)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addSuperinterface(Names.layoutInterface(decl.ref()))
                .addField(constant("SIZE", layout.size()));
        List<MemberSlot> slots = MemberSlot.of(layout);
        for (MemberSlot slot : slots) {
            type.addField(constant(Names.offsetConstant(slot.member()), slot.offset()));
        }
        addMembers(type, layout, slots);
        return type.build();
    }

    /**
     * Adds size(), offsets(), the accessors of {@code slots} (those of {@code layout}), the
     * codec methods and their support fields to {@code type}, which has the constants
     * {@code SIZE} and {@code OFFSET_*} they use.
     */
    static void addMembers(TypeSpec.Builder type, StructLayout layout, List<MemberSlot> slots) {
        type.addMethod(AbiClassWriter.property("size", TypeName.INT)
                .addStatement("return SIZE").build());
        addOffsetTable(type, slots);
        ScalarAccess memory = new ByteBufferBackend(layout.abi().byteOrder());
        MemberAccessWriter accessors = new MemberAccessWriter(layout.abi(), memory);
        for (MemberSlot slot : slots) {
            type.addMethods(accessors.accessors(slot));
        }
        type.addMethods(new RecordCodecWriter(layout, memory, accessors).methods());
        memory.addSupport(type);
    }

    /** offsets() and its table: each named member's C name and offset, in declaration order. */
    private static void addOffsetTable(TypeSpec.Builder type, List<MemberSlot> slots) {
        CodeBlock.Builder table = CodeBlock.builder()
                .addStatement("$T<String, Integer> offsets = new $T<>()", Map.class,
                        LinkedHashMap.class);
        for (MemberSlot slot : slots) {
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
        type.addMethod(AbiClassWriter.property("offsets", Signatures.OFFSETS_TYPE)
                .addStatement("return $N", OFFSETS).build());
    }

    private static String byteOrder(ImplementationGroup group) {
        if (group.byteOrderMatters()) {
            return group.first().abi().byteOrder() == ByteOrder.BIG_ENDIAN
                    ? " in big-endian order" : " in little-endian order";
        }
        return "";
    }

    private static FieldSpec constant(String name, long value) {
        return FieldSpec.builder(int.class, name, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer("$L", value).build();
    }
}
