package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Map;
import javax.lang.model.element.Modifier;
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
        CodeBlock.Builder doc = CodeBlock.builder();
        switch (kind) {
            case GET_ELEMENT: case SET_ELEMENT:
                doc.add(verb + "element {@code $L} of $L.\n", indexes(slot), what);
                break;
            case GET_ARRAY:
                doc.add("Reads all of $L into a new array.\n", what);
                break;
            case GET_STRING:
                doc.add("Reads $L as a C string: its bytes up to the first NUL, as UTF-8.\n", what);
                break;
            case SET_STRING:
                doc.add("Writes $L as a C string: {@code v} in UTF-8, a NUL, zeroes to the end."
                        + "\n\n@throws IllegalArgumentException if {@code v} holds a NUL, or needs"
                        + " more than $L bytes with its NUL\n", what, slot.dims().get(0));
                break;
            case SET_ARRAY:
                doc.add("Writes all of $L.\n\n@throws IllegalArgumentException if the lengths of"
                        + " {@code values} are not {@code $L}\n", what, dimensions(slot));
                break;
            default:
                doc.add(verb + "$L.\n", what);
        }
        if (!kind.reads() && !slot.isStruct() && slot.kind().abiSized()) {
            doc.add("\n@throws IllegalArgumentException if this ABI's {@code $L} has 4 bytes\n"
                    + "    and a value does not fit them\n", slot.kind().cType());
        }
        return doc.build();
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
