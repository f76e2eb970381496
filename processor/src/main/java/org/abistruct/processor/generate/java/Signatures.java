package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.abistruct.processor.generate.DocText;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.generate.memory.RecordNames;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.plan.MemberSlot;

/**
 * The signatures and Javadoc of a layout record's accessor and codec methods, so that every
 * writer of a body spells them alike. Signatures carry no body and no Javadoc.
 */
final class Signatures {
    static final String OFFSET = RecordNames.OFFSET;
    static final String VALUE = "v";
    static final String VALUES = "values";
    static final String RECORD = "value";
    static final String COUNT = "count";
    static final String ARRAY_OFFSET = "arrayOffset";
    static final String INDEX = "index";

    private final MemoryBackend memory;

    Signatures(MemoryBackend memory) {
        this.memory = memory;
    }

    /** The accessor {@code kind} of {@code slot}, such as {@code int getNumDirty(buf, offset)}. */
    MethodSpec.Builder accessor(MemberSlot slot, Accessor kind) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(kind.methodName(slot.member()))
                .addModifiers(Modifier.PUBLIC)
                .addParameter(memory.memoryType(), memory.memory())
                .addParameter(memory.offsetType(), OFFSET);
        if (kind == Accessor.GET_ELEMENT || kind == Accessor.SET_ELEMENT) {
            for (int d = 0; d < slot.dims().size(); d++) {
                method.addParameter(int.class, Names.index(d));
            }
        }
        TypeName type = valueType(slot, kind);
        if (kind.reads()) {
            return method.returns(type);
        }
        return method.addParameter(type, kind == Accessor.SET_ARRAY ? VALUES : VALUE);
    }

    /** What the accessor {@code kind} of {@code slot} reads or writes. */
    static TypeName valueType(MemberSlot slot, Accessor kind) {
        if (kind.string()) {
            return ClassName.get(String.class);
        }
        return kind.wholeArray() || !slot.isArray() ? JavaTypes.of(slot) : JavaTypes.element(slot);
    }

    /** The Javadoc of the accessor {@code kind} of {@code slot}. */
    static CodeBlock javadoc(MemberSlot slot, Accessor kind) {
        String what = slot.member().anonymous()
                ? "the anonymous " + slot.nested().decl().keyword() + " {@code "
                        + slot.member().cName() + "}"
                : "{@code " + PaholeText.declaration(slot.field()) + "}";
        String verb = kind.reads() ? "Reads " : "Writes ";
        String text;
        switch (kind) {
            case GET_ELEMENT: case SET_ELEMENT:
                text = verb + "element {@code " + indexes(slot) + "} of " + what
                        + (kind.reads() ? "" : fits(slot, ", which must fit")) + ".";
                break;
            case GET_ARRAY:
                text = "Reads all of " + what + " into a new array.";
                break;
            case GET_STRING:
                text = "Reads " + what + " as a C string: its bytes up to the first NUL, as UTF-8.";
                break;
            case SET_STRING:
                return CodeBlock.of("Writes $L as a C string: {@code v} in UTF-8, a NUL, zeroes to"
                        + " the end.\n\n@throws IllegalArgumentException if {@code v} holds a NUL,"
                        + " or needs more than $L bytes with its NUL\n", what, slot.dims().get(0));
            case SET_ARRAY:
                text = "Writes all of " + what + " from an array of lengths {@code "
                        + dimensions(slot) + "}" + fits(slot, ", each fitting") + ".";
                break;
            default:
                text = verb + what + (kind.reads() ? "" : fits(slot, ", which must fit")) + ".";
        }
        return CodeBlock.of("$L\n", DocText.wrapped(text));
    }

    /**
     * For a pointer or C long, what a value written must fit (a setter that refuses one throws
     * as {@code AbiLayout} says); nothing for other members.
     */
    private static String fits(MemberSlot slot, String which) {
        return slot.isStruct() || !slot.kind().abiSized() ? "" : which + " this ABI's word";
    }

    /** {@code T read(buf, offset)}, or with {@code int count} for a flexible array member. */
    MethodSpec.Builder read(StructLayout layout) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.PUBLIC)
                .returns(Names.record(layout.decl().ref()))
                .addParameter(memory.memoryType(), memory.memory())
                .addParameter(memory.offsetType(), OFFSET);
        return layout.hasFlexibleArray() ? method.addParameter(int.class, COUNT) : method;
    }

    /** {@code void write(buf, offset, T value)}. */
    MethodSpec.Builder write(StructLayout layout) {
        return MethodSpec.methodBuilder("write")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(memory.memoryType(), memory.memory())
                .addParameter(memory.offsetType(), OFFSET)
                .addParameter(Names.record(layout.decl().ref()), RECORD);
    }

    /** {@code int elementOffset(int arrayOffset, int index)}, in the memory's offset type. */
    MethodSpec.Builder elementOffset() {
        return MethodSpec.methodBuilder("elementOffset")
                .addModifiers(Modifier.PUBLIC)
                .returns(memory.offsetType())
                .addParameter(memory.offsetType(), ARRAY_OFFSET)
                .addParameter(memory.offsetType(), INDEX);
    }

    /** {@code int sizeWith(int count)}, in the memory's offset type. */
    MethodSpec.Builder sizeWith() {
        return MethodSpec.methodBuilder("sizeWith")
                .addModifiers(Modifier.PUBLIC)
                .returns(memory.offsetType())
                .addParameter(memory.offsetType(), COUNT);
    }

    /** {@code Map<String, Integer>}, the type of {@code offsets()}. */
    static final TypeName OFFSETS_TYPE = ParameterizedTypeName.get(ClassName.get(Map.class),
            ClassName.get(String.class), ClassName.get(Integer.class));

    private static String indexes(MemberSlot slot) {
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < slot.dims().size(); d++) {
            out.append('[').append(Names.index(d)).append(']');
        }
        return out.toString();
    }

    private static String dimensions(MemberSlot slot) {
        StringBuilder out = new StringBuilder();
        for (int length : slot.dims()) {
            out.append('[').append(length).append(']');
        }
        return out.toString();
    }
}
