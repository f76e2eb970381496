package org.abistruct.processor.generate.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.plan.MemberSlot;
import org.abistruct.processor.plan.StructPlan;

/**
 * The whole-record methods of a layout record: {@code read} builds the record from its
 * members' getters, {@code write} zeroes the padding of the ABI at hand and then sets each
 * member (a union its first), {@code elementOffset} indexes an array of the struct, and
 * {@code sizeWith} sizes a struct with the elements of its flexible array member.
 */
final class RecordCodecWriter {
    private static final String ELEMENTS = "elements";

    private final StructPlan plan;
    private final StructLayout layout;
    private final MemoryBackend memory;
    private final Signatures signatures;
    private final MemberAccessWriter members;

    /** For the struct of {@code plan}, over the memory of {@code members}. */
    RecordCodecWriter(StructPlan plan, MemoryBackend memory, MemberAccessWriter members) {
        this.plan = plan;
        this.layout = plan.first().layout();
        this.memory = memory;
        this.signatures = new Signatures(memory);
        this.members = members;
    }

    /**
     * {@code read}, {@code write}, {@code elementOffset} unless {@code AbiLayout} has it;
     * {@code sizeWith} if flexible; a union's writer of each member.
     */
    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>(List.of(read(), write()));
        if (!memory.elementOffsetInherited()) {
            methods.add(elementOffset());
        }
        if (layout.hasFlexibleArray()) {
            methods.add(sizeWith());
        }
        if (layout.decl().union()) {
            for (FieldLayout field : layout.fields()) {
                if (field.member().named()) {
                    methods.add(memberWriter(MemberSlot.top(field)));
                }
            }
        }
        return methods;
    }

    /**
     * {@code writeIfruIvalue(buf, offset, v)}: the member, then zeroes from its end to the
     * union's, as C's {@code (union u){ .ifru_ivalue = v }} lays it down.
     */
    private MethodSpec memberWriter(MemberSlot slot) {
        if (slot.isBitfield()) {
            // Its setter keeps the bits around it: zero them first.
            return memberWriterSignature(slot)
                    .addCode(memory.zeroTail(CodeBlock.of("0")))
                    .addStatement("$N($N, $N, $N)", Names.setter(slot.member()), memory.memory(),
                            Signatures.OFFSET, Signatures.VALUE)
                    .build();
        }
        return memberWriterSignature(slot)
                .addStatement("$N($N, $N, $N)", Names.setter(slot.member()), memory.memory(),
                        Signatures.OFFSET, Signatures.VALUE)
                .addCode(memory.zeroTail(memberSize(slot)))
                .build();
    }

    private MethodSpec.Builder memberWriterSignature(MemberSlot slot) {
        return MethodSpec.methodBuilder(Names.writer(slot.member()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Writes the $L as its member {@code $L}, zeroing its other bytes.\n",
                        layout.decl().keyword(), slot.member().cName())
                .addParameter(memory.memoryType(), memory.memory())
                .addParameter(memory.offsetType(), Signatures.OFFSET)
                .addParameter(JavaTypes.of(slot), Signatures.VALUE);
    }

    /** The bytes a union's member takes under the ABI at hand. */
    private static CodeBlock memberSize(MemberSlot slot) {
        long count = 1;
        for (int length : slot.dims()) {
            count *= length;
        }
        CodeBlock element = slot.isStruct()
                ? CodeBlock.of("$N.size()", Names.layoutComponent(slot.member()))
                : slot.kind().abiSized() ? CodeBlock.of("$N", LayoutComponents.WORD_SIZE)
                : CodeBlock.of("$L", slot.kind().fixedSize());
        return count == 1 ? element : CodeBlock.of("$L * $L", count, element);
    }

    private MethodSpec read() {
        String tag = layout.decl().keyword();
        MethodSpec.Builder method = signatures.read(layout)
                .addJavadoc(layout.hasFlexibleArray()
                        ? "Reads the $L at {@code offset} into a new record, with {@code count}\n"
                                + "elements of its flexible array member.\n"
                        : "Reads the $L at {@code offset} into a new record.\n", tag)
                .addStatement("$L", checkedAsFirstMember());
        CodeBlock.Builder arguments = CodeBlock.builder();
        List<FieldLayout> fields = layout.fields();
        for (int f = 0; f < fields.size(); f++) {
            MemberSlot slot = MemberSlot.top(fields.get(f));
            arguments.add(f == 0 ? "" : ",$W");
            if (slot.isFlexible()) {
                method.addCode(readFlexible(slot));
                arguments.add("$N", ELEMENTS);
            } else if (!slot.member().named()) {
                arguments.add(zero(slot));
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
                .addStatement("$T $N = $L", JavaTypes.of(slot), ELEMENTS,
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
                .addJavadoc(layout.decl().union()
                        ? "Writes {@code value}'s first member, as C initializes a union, and"
                                + " zeroes\nthe union's other bytes; {@code write<Member>}"
                                + " writes another member instead.\nAnother member must hold"
                                + " nothing, or what it reads once the first is written.\n"
                        : "Writes every member of {@code value} and zeroes every padding byte.\n");
        // The memory first, then the value, then the writes.
        boolean validates = ValueChecks.needed(layout);
        if (validates && !layout.hasFlexibleArray()) {
            method.addStatement("$L", checkedAsFirstMember());
        }
        CodeBlock elements = CodeBlock.of("$N", ELEMENTS);
        if (layout.hasFlexibleArray()) {
            MemberSlot flexible = flexibleSlot();
            method.addStatement("$L", checkedAsFirstMember())
                    .addStatement("$T $N = $L", JavaTypes.of(flexible), ELEMENTS, component(flexible))
                    .addStatement("$T.checkFromToIndex(0, $N.length,$W$L)", Objects.class,
                            ELEMENTS, ArrayCode.capacity(flexible, memory))
                    .addCode(ArrayCode.lengthChecks(flexible, elements));
        }
        if (validates) {
            method.addStatement("validate($N)", Signatures.RECORD);
        }
        // Zero first: a flexible array's elements may lie in the tail padding.
        if (plan.zeroesOnWrite()) {
            method.addStatement("$L", memory.zero(CodeBlock.of("$N", LayoutComponents.PADDING),
                    checkedAsFirstMember()));
        } else if (!layout.hasFlexibleArray() && !validates) {
            method.addStatement("$L", checkedAsFirstMember());
        }
        int first = layout.decl().firstNamed();
        List<FieldLayout> written = !layout.decl().union() ? layout.fields()
                : first < 0 ? List.of() : layout.fields().subList(first, first + 1);
        for (FieldLayout field : written) {
            MemberSlot slot = MemberSlot.top(field);
            if (slot.isFlexible()) {
                method.addCode(members.setEachElement(slot, elements));
            } else if (!slot.member().named()) {
                continue;
            } else {
                method.addStatement("$N($N, $N, $L)", Names.setter(slot.member()),
                        memory.memory(), Signatures.OFFSET, component(slot));
            }
        }
        return method.build();
    }

    private MethodSpec elementOffset() {
        return signatures.elementOffset()
                .addJavadoc("Where element {@code index} of an array of this $L starting at\n"
                        + "{@code arrayOffset} begins.\n\n"
                        + "@throws IndexOutOfBoundsException if {@code index} is negative\n"
                        + "@throws ArithmeticException if the offset overflows an {@code int}\n",
                        layout.decl().keyword())
                .addStatement("return $L", memory.elementOffset(Signatures.ARRAY_OFFSET,
                        Signatures.INDEX, CodeBlock.of("$N", LayoutComponents.SIZE)))
                .build();
    }

    private MethodSpec sizeWith() {
        MemberSlot flexible = flexibleSlot();
        String struct = layout.decl().cType();
        return signatures.sizeWith()
                .addJavadoc("The bytes {@code $L} takes with {@code count} elements of {@code $L}:"
                        + " as C's\n{@code max(sizeof($L), offsetof($L, $L[count]))}, what"
                        + " {@code read} and\n{@code write} need from their offset.\n\n"
                        + "@throws IndexOutOfBoundsException if {@code count} is negative\n"
                        + "@throws ArithmeticException if the size overflows an {@code int}\n",
                        struct, flexible.member().cName(), struct, struct,
                        flexible.member().cName())
                .addStatement("return $L", memory.sizeWith(
                        CodeBlock.of("$N", LayoutComponents.SIZE),
                        CodeBlock.of("$N", Names.offsetComponent(flexible.member())),
                        CodeBlock.of("$N", Signatures.COUNT), ArrayCode.outerStride(flexible)))
                .build();
    }

    /** The struct's offset, checked in the form of the first member's accesses. */
    private CodeBlock checkedAsFirstMember() {
        FieldLayout first = layout.fields().get(0);
        return members.checkedFor(MemberSlot.top(first));
    }

    private MemberSlot flexibleSlot() {
        FieldLayout flexible = layout.flexibleArray();
        return MemberSlot.top(flexible);
    }

    /** The zero of an unnamed bitfield's component type: {@code (byte) 0}, {@code 0L}. */
    private static CodeBlock zero(MemberSlot slot) {
        return switch (slot.kind().javaType()) {
            case "long" -> CodeBlock.of("0L");
            case "int" -> CodeBlock.of("0");
            default -> CodeBlock.of("($L) 0", slot.kind().javaType());
        };
    }

    /** {@code value.numDirty()}. */
    private static CodeBlock component(MemberSlot slot) {
        return CodeBlock.of("$N.$N()", Signatures.RECORD, slot.member().javaName());
    }
}
