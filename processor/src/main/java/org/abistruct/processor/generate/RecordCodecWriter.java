package org.abistruct.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import java.util.Objects;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;

/**
 * The whole-record methods of an ABI class: {@code read} builds the record from its members'
 * getters, {@code write} zeroes every padding byte and then sets each member, and
 * {@code elementOffset} indexes an array of the struct.
 */
final class RecordCodecWriter {
    private static final String ELEMENTS = "elements";

    private final StructLayout layout;
    private final ScalarAccess memory;
    private final Signatures signatures;
    private final MemberAccessWriter members;

    RecordCodecWriter(StructLayout layout, ScalarAccess memory, MemberAccessWriter members) {
        this.layout = layout;
        this.memory = memory;
        this.signatures = new Signatures(memory);
        this.members = members;
    }

    /** The {@code read}, {@code write} and {@code elementOffset} methods. */
    List<MethodSpec> methods() {
        return List.of(read(), write(), elementOffset());
    }

    private MethodSpec read() {
        MethodSpec.Builder method = signatures.read(layout)
                .addAnnotation(Override.class)
                .addCode(members.structBoundsCheck());
        CodeBlock.Builder arguments = CodeBlock.builder();
        List<FieldLayout> fields = layout.fields();
        for (int f = 0; f < fields.size(); f++) {
            MemberSlot slot = new MemberSlot(fields.get(f), fields.get(f).offset());
            arguments.add(f == 0 ? "\n" : ",\n");
            if (slot.isFlexible()) {
                method.addCode(readFlexible(slot));
                arguments.add("$N", ELEMENTS);
            } else {
                arguments.add("$N($N, $N)", Names.getter(slot.member()), memory.memory(),
                        Signatures.OFFSET);
            }
        }
        return method.addStatement("return new $T($L)",
                        Names.record(layout.decl().ref()), arguments.build())
                .build();
    }

    /** Reads {@code count} elements of the flexible array into {@code elements}. */
    private CodeBlock readFlexible(MemberSlot slot) {
        CodeBlock elements = CodeBlock.of("$N", ELEMENTS);
        return CodeBlock.builder()
                .addStatement("$T.checkFromToIndex(0, $N, $L)", Objects.class, Signatures.COUNT,
                        ArrayCode.capacity(slot, memory))
                .addStatement("$T $N = $L", slot.javaType(), ELEMENTS,
                        MemberAccessWriter.newArray(slot, CodeBlock.of("$N", Signatures.COUNT)))
                .add(ArrayCode.forEachElement(slot, elements, CodeBlock.builder()
                        .addStatement("$L = $N($N, $N, $L)",
                                ArrayCode.element(elements, slot.dims().size()),
                                Names.getter(slot.member()), memory.memory(),
                                Signatures.OFFSET, ArrayCode.indexArguments(slot))
                        .build()))
                .build();
    }

    private MethodSpec write() {
        MethodSpec.Builder method = signatures.write(layout)
                .addAnnotation(Override.class)
                .addCode(members.structBoundsCheck());
        CodeBlock elements = CodeBlock.of("$N", ELEMENTS);
        if (layout.hasFlexibleArray()) {
            MemberSlot flexible = lastSlot();
            method.addStatement("$T $N = $L", flexible.javaType(), ELEMENTS, component(flexible))
                    .addStatement("$T.checkFromToIndex(0, $N.length,$W$L)", Objects.class,
                            ELEMENTS, ArrayCode.capacity(flexible, memory))
                    .addCode(ArrayCode.lengthChecks(flexible, elements));
        }
        if (layout.decl().union()) {
            addUnionWrite(method);
            return method.build();
        }
        // Zero first: a flexible array's elements may lie in the tail padding.
        for (Padding padding : layout.paddings()) {
            method.addComment("$L: $L after $L", padding.tail() ? "tail padding" : "hole",
                    bytes(padding.size()), padding.after());
            method.addCode(memory.zero(CodeBlock.of("$N + $L", Signatures.OFFSET,
                    padding.offset()), padding.size()));
        }
        for (FieldLayout field : layout.fields()) {
            MemberSlot slot = new MemberSlot(field, field.offset());
            if (slot.isFlexible()) {
                method.addCode(members.setEachElement(slot, elements));
            } else {
                method.addStatement("$N($N, $N, $L)", Names.setter(slot.member()),
                        memory.memory(), Signatures.OFFSET, component(slot));
            }
        }
        return method.build();
    }

    /** A union writes its first member, as C initializes one, and zeroes the bytes past it. */
    private void addUnionWrite(MethodSpec.Builder method) {
        if (layout.fields().isEmpty()) {
            return;
        }
        FieldLayout first = layout.fields().get(0);
        MemberSlot slot = new MemberSlot(first, first.offset());
        method.addStatement("$N($N, $N, $L)", Names.setter(slot.member()), memory.memory(),
                Signatures.OFFSET, component(slot));
        long rest = layout.size() - first.end();
        if (rest > 0) {
            method.addComment("the other members: $L past $L", bytes(rest),
                    first.member().cName());
            method.addCode(memory.zero(
                    CodeBlock.of("$N + $L", Signatures.OFFSET, first.end()), rest));
        }
    }

    private MethodSpec elementOffset() {
        return Signatures.elementOffset()
                .addAnnotation(Override.class)
                .beginControlFlow("if (index < 0)")
                .addStatement("throw new $T($S + index)", IndexOutOfBoundsException.class,
                        "negative index ")
                .endControlFlow()
                .addStatement("return $T.addExact(arrayOffset, $T.multiplyExact(index, SIZE))",
                        Math.class, Math.class)
                .build();
    }

    private MemberSlot lastSlot() {
        FieldLayout last = layout.fields().get(layout.fields().size() - 1);
        return new MemberSlot(last, last.offset());
    }

    private static String bytes(long count) {
        return count == 1 ? "1 byte" : count + " bytes";
    }

    /** {@code value.numDirty()}. */
    private static CodeBlock component(MemberSlot slot) {
        return CodeBlock.of("$N.$N()", Signatures.RECORD, slot.member().javaName());
    }
}
