package org.abistruct.processor.generate.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.plan.MemberSlot;

/**
 * The member accessors of a layout record, written once for every ABI over the record's
 * components: a load or store through the {@link MemoryBackend} at the member's offset, or a
 * call into the embedded struct's layout of the same ABI; by index for arrays, and whole
 * arrays by one runtime call, or for embedded structs as loops over the element accessors.
 */
final class MemberAccessWriter {
    private final MemoryBackend memory;
    private final Signatures signatures;

    MemberAccessWriter(MemoryBackend memory) {
        this.memory = memory;
        this.signatures = new Signatures(memory);
    }

    /** Every accessor of {@code slot}, documented, in {@link Accessor#of} order. */
    List<MethodSpec> accessors(MemberSlot slot) {
        List<MethodSpec> methods = new ArrayList<>();
        for (Accessor kind : Accessor.of(slot)) {
            methods.add(signatures.accessor(slot, kind)
                    .addJavadoc(Signatures.javadoc(slot, kind))
                    .addCode(body(slot, kind))
                    .build());
        }
        return methods;
    }

    private CodeBlock body(MemberSlot slot, Accessor kind) {
        CodeBlock start = CodeBlock.of("$N", Names.offsetComponent(slot.member()));
        switch (kind) {
            case GET:
                return CodeBlock.builder().addStatement("return $L", load(slot, start)).build();
            case SET:
                return store(slot, start);
            case GET_ELEMENT:
                return CodeBlock.builder()
                        .add(ArrayCode.indexChecks(slot, memory))
                        .addStatement("return $L", load(slot, ArrayCode.elementIndex(slot, start)))
                        .build();
            case SET_ELEMENT:
                return CodeBlock.builder()
                        .add(ArrayCode.indexChecks(slot, memory))
                        .add(store(slot, ArrayCode.elementIndex(slot, start)))
                        .build();
            case GET_ARRAY:
                return getArray(slot);
            case SET_ARRAY:
                return setArray(slot);
            case GET_STRING:
                return CodeBlock.builder().addStatement("return $L",
                        memory.loadString(start, slot.dims().get(0))).build();
            case SET_STRING:
                return memory.storeString(start, slot.dims().get(0), Signatures.VALUE,
                        slot.member().cName());
            default:
                throw new AssertionError(kind);
        }
    }

    /** The struct's offset, checked in the form of {@code slot}'s own accesses. */
    CodeBlock checkedFor(MemberSlot slot) {
        return slot.isStruct() || slot.isBitfield() ? memory.checked()
                : memory.checkedFor(slot.kind());
    }

    /**
     * Reads every element into a new array: a runtime call for scalars, through the element
     * getter for embedded structs.
     */
    private CodeBlock getArray(MemberSlot slot) {
        CodeBlock values = CodeBlock.of("$N", Signatures.VALUES);
        CodeBlock start = CodeBlock.of("$N", Names.offsetComponent(slot.member()));
        if (!slot.isStruct()) {
            return CodeBlock.builder().addStatement("return $L", memory.loadAll(slot.kind(), start,
                    slot.member().order(), newArray(slot, CodeBlock.of("$L", slot.dims().get(0)))))
                    .build();
        }
        return CodeBlock.builder().addStatement("$L", checkedFor(slot))
                .addStatement("$T $N = $L", JavaTypes.of(slot), Signatures.VALUES,
                        newArray(slot, CodeBlock.of("$L", slot.dims().get(0))))
                .add(ArrayCode.forEachElement(slot, values, CodeBlock.builder()
                        .addStatement("$L = $N($N, $N, $L)",
                                ArrayCode.element(values, slot.dims().size()),
                                Names.getter(slot.member()), memory.memory(), Signatures.OFFSET,
                                ArrayCode.indexArguments(slot))
                        .build()))
                .addStatement("return $N", Signatures.VALUES)
                .build();
    }

    /**
     * Checks the struct and every length, then writes every element: by a runtime call for
     * scalars, through the element setter for embedded structs.
     */
    private CodeBlock setArray(MemberSlot slot) {
        CodeBlock values = CodeBlock.of("$N", Signatures.VALUES);
        CodeBlock start = CodeBlock.of("$N", Names.offsetComponent(slot.member()));
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$L", checkedFor(slot));
        if (!slot.isStruct()) {
            return code.add(memory.storeAll(slot.kind(), start, slot.member().order(),
                    ArrayCode.checkedLengths(slot, values), slot.member().cName())).build();
        }
        return code
                .add(ArrayCode.lengthChecks(slot, values))
                .add(setEachElement(slot, values))
                .build();
    }

    /** Loops writing each element of {@code array} through the element setter. */
    CodeBlock setEachElement(MemberSlot slot, CodeBlock array) {
        return ArrayCode.forEachElement(slot, array, CodeBlock.builder()
                .addStatement("$N($N, $N, $L, $L)", Names.setter(slot.member()), memory.memory(),
                        Signatures.OFFSET, ArrayCode.indexArguments(slot),
                        ArrayCode.element(array, slot.dims().size()))
                .build());
    }

    /** {@code new short[length][3]}: an array of the member's type, outermost length given. */
    static CodeBlock newArray(MemberSlot slot, CodeBlock length) {
        CodeBlock.Builder out = CodeBlock.builder().add("new $T[$L]", JavaTypes.element(slot), length);
        List<Integer> dims = slot.dims();
        for (int d = 1; d < dims.size(); d++) {
            out.add("[$L]", dims.get(d));
        }
        return out.build();
    }

    private static CodeBlock bit(MemberSlot slot) {
        return CodeBlock.of("$N", Names.bitComponent(slot.member()));
    }

    private CodeBlock load(MemberSlot slot, CodeBlock at) {
        if (slot.isStruct()) {
            return CodeBlock.of("$N.read($N, $L + $L)", Names.layoutComponent(slot.member()),
                    memory.memory(), memory.checked(), at);
        }
        if (slot.isBitfield()) {
            return memory.loadBits(slot.kind(), at, bit(slot), slot.member().bits().width());
        }
        return memory.load(slot.kind(), at, slot.member().order());
    }

    private CodeBlock store(MemberSlot slot, CodeBlock at) {
        if (slot.isStruct()) {
            return CodeBlock.builder().addStatement("$N.write($N, $L + $L, $N)",
                    Names.layoutComponent(slot.member()), memory.memory(), memory.checked(), at,
                    Signatures.VALUE).build();
        }
        if (slot.isBitfield()) {
            return memory.storeBits(slot.kind(), at, bit(slot), slot.member().bits().width(),
                    Signatures.VALUE, slot.member().cName());
        }
        return memory.store(slot.kind(), at, slot.member().order(), Signatures.VALUE,
                slot.member().cName());
    }
}
