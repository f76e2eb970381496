package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.plan.MemberSlot;

/**
 * A layout record's {@code validate(value)}: every check {@code write} makes of a value, made
 * before it touches memory: array lengths, bitfields and 4-byte words that must fit, unnamed
 * bitfields that must be 0, embedded structs' own checks, and in a union, members other than
 * the one written that hold something the written one's bytes do not (which would be dropped).
 * {@code write} calls it first, so that a refused value leaves the memory as it was.
 */
final class ValueChecks {
    private static final ClassName VALUES = ClassName.get("org.abistruct.runtime", "Values");

    private ValueChecks() {}

    /** Whether a value of {@code layout} can be refused at all: whether it has any check. */
    static boolean needed(StructLayout layout) {
        if (!otherMembers(layout).isEmpty()) {
            return true;
        }
        for (FieldLayout field : written(layout)) {
            MemberSlot slot = MemberSlot.top(field);
            if (slot.isArray() || slot.isBitfield() || !slot.isStruct() && slot.kind().abiSized()
                    || slot.isStruct() && needed(slot.nested())) {
                return true;
            }
        }
        return false;
    }

    /** The method, for a layout whose values {@link #needed} checks. */
    static MethodSpec validate(StructLayout layout) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("validate")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Names.record(layout.decl().ref()), Signatures.RECORD)
                .addJavadoc("Checks that {@code write} can write {@code value} whole, touching no"
                        + " memory.\n");
        for (FieldLayout field : written(layout)) {
            method.addCode(check(layout, MemberSlot.top(field)));
        }
        List<FieldLayout> others = otherMembers(layout);
        if (!others.isEmpty()) {
            method.addCode(unionMembers(layout, others));
        }
        return method.build();
    }

    /** A union's named members other than the one its {@code write} writes. */
    private static List<FieldLayout> otherMembers(StructLayout layout) {
        List<FieldLayout> out = new ArrayList<>();
        int first = layout.decl().firstNamed();
        if (layout.decl().union()) {
            for (int i = 0; i < layout.fields().size(); i++) {
                if (i != first && layout.fields().get(i).member().named()) {
                    out.add(layout.fields().get(i));
                }
            }
        }
        return out;
    }

    /**
     * A union's other members must hold nothing, or what they read after the first is
     * written: a value in one of them would otherwise be dropped without a word.
     */
    private static CodeBlock unionMembers(StructLayout layout, List<FieldLayout> others) {
        List<CodeBlock> held = new ArrayList<>();
        for (FieldLayout other : others) {
            held.add(CodeBlock.of("!$T.isZero($N.$N())", VALUES, Signatures.RECORD,
                    other.member().javaName()));
        }
        FieldLayout first = layout.fields().get(layout.decl().firstNamed());
        CodeBlock.Builder out = CodeBlock.builder()
                .beginControlFlow("if ($L)", CodeBlock.join(held, "$W|| "))
                .addStatement("$T scratch = $T.allocate(size)", ByteBuffer.class, ByteBuffer.class)
                .addStatement("$N(scratch, 0, $N.$N())", Names.writer(first.member()),
                        Signatures.RECORD, first.member().javaName())
                .addStatement("$T back = read(scratch, 0)", Names.record(layout.decl().ref()));
        for (FieldLayout other : others) {
            out.addStatement("$T.unionMember($N.$N(), back.$N(),$W$S, $S)", VALUES,
                    Signatures.RECORD, other.member().javaName(), other.member().javaName(),
                    layout.decl().cName() + "." + other.member().cName(),
                    Names.writer(other.member()));
        }
        return out.endControlFlow().build();
    }

    /** The members {@code write} writes: a union's first named one, and unnamed bitfields. */
    private static List<FieldLayout> written(StructLayout layout) {
        if (!layout.decl().union()) {
            return layout.fields();
        }
        int first = layout.decl().firstNamed();
        List<FieldLayout> out = new ArrayList<>();
        for (int i = 0; i < layout.fields().size(); i++) {
            if (i == first || !layout.fields().get(i).member().named()) {
                out.add(layout.fields().get(i));
            }
        }
        return out;
    }

    private static CodeBlock check(StructLayout layout, MemberSlot slot) {
        CodeBlock value = CodeBlock.of("$N.$N()", Signatures.RECORD, slot.member().javaName());
        String name = slot.member().cName();
        if (slot.isBitfield()) {
            if (!slot.member().named()) {
                return CodeBlock.builder().addStatement("$T.unnamed($L, $S)", VALUES, value,
                        layout.decl().cName() + "." + slot.member().javaName()).build();
            }
            return CodeBlock.builder().addStatement("$T.bits($L, $L, $L, $S)", VALUES,
                    widened(slot.kind(), value), slot.member().bits().width(),
                    slot.kind().signed(), name).build();
        }
        if (!slot.isArray()) {
            if (slot.isStruct()) {
                return needed(slot.nested()) ? CodeBlock.builder().addStatement("$N.validate($L)",
                        Names.layoutComponent(slot.member()), value).build() : CodeBlock.of("");
            }
            return slot.kind().abiSized() ? word(slot, value) : CodeBlock.of("");
        }
        CodeBlock.Builder out = CodeBlock.builder();
        if (!slot.isFlexible()) {
            out.add(ArrayCode.lengthChecks(slot, value));
        }
        CodeBlock element = ArrayCode.element(value, slot.dims().size());
        if (slot.isStruct() ? needed(slot.nested()) : slot.kind().abiSized()) {
            out.add(ArrayCode.forEachElement(slot, value, slot.isStruct()
                    ? CodeBlock.builder().addStatement("$N.validate($L)",
                            Names.layoutComponent(slot.member()), element).build()
                    : word(slot, element)));
        }
        return out.build();
    }

    private static CodeBlock word(MemberSlot slot, CodeBlock value) {
        return CodeBlock.builder().addStatement("$T.word($L, $N, $L, $S, $S)", VALUES, value,
                LayoutComponents.WORD_SIZE, slot.kind().signed(), slot.member().cName(),
                slot.kind().cType()).build();
    }

    /** A bitfield's value as the {@code long} its bits are: unsigned types zero-extended. */
    private static CodeBlock widened(ScalarKind kind, CodeBlock value) {
        if (kind.signed() || kind == ScalarKind.UINT64) {
            return value;
        }
        return CodeBlock.of("$T.toUnsignedLong($L)", kind == ScalarKind.UINT8 ? Byte.class
                : kind == ScalarKind.UINT16 ? Short.class : Integer.class, value);
    }
}
