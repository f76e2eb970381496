package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.abistruct.Abi;

/**
 * The bodies of one ABI class's member accessors: bounds check first, then a load or store
 * through the {@link ScalarAccess}, or a call into the embedded type's class of the same ABI.
 */
final class MemberAccessWriter {
    private final Abi abi;
    private final ScalarAccess memory;
    private final Signatures signatures;

    MemberAccessWriter(Abi abi, ScalarAccess memory) {
        this.abi = abi;
        this.memory = memory;
        this.signatures = new Signatures(memory);
    }

    /**
     * The accessor methods of {@code slot} that depend on the layout, in {@link Accessor#of}
     * order: all but the whole-array ones, which the layout interface implements once.
     */
    List<MethodSpec> accessors(MemberSlot slot) {
        List<MethodSpec> methods = new ArrayList<>();
        for (Accessor kind : Accessor.of(slot)) {
            if (!kind.wholeArray()) {
                methods.add(signatures.accessor(slot, kind)
                        .addAnnotation(Override.class)
                        .addCode(structBoundsCheck())
                        .addCode(body(slot, kind))
                        .build());
            }
        }
        return methods;
    }

    /**
     * The body of a whole-array accessor, the same on every ABI: checks the struct bounds
     * through {@code size()}, then loops over the element accessors.
     */
    CodeBlock wholeArrayBody(MemberSlot slot, Accessor kind) {
        return CodeBlock.builder()
                .add(structBoundsCheck(CodeBlock.of("size()")))
                .add(kind.reads() ? getArray(slot) : setArray(slot))
                .build();
    }

    /**
     * {@code Objects.checkIndex(offset, buf.limit() - SIZE + 1)}: the struct lies inside the
     * buffer. It fails exactly where {@code checkFromIndexSize(offset, SIZE, limit)} would, and
     * unlike it the JIT can hoist it out of a loop over an array of structs.
     */
    CodeBlock structBoundsCheck() {
        return structBoundsCheck(CodeBlock.of("SIZE"));
    }

    private CodeBlock structBoundsCheck(CodeBlock size) {
        return CodeBlock.builder().addStatement("$T.checkIndex($N, $L - $L + 1)",
                Objects.class, Signatures.OFFSET, memory.limit(), size).build();
    }

    private CodeBlock body(MemberSlot slot, Accessor kind) {
        CodeBlock start = CodeBlock.of("$N + $N", Signatures.OFFSET,
                Names.offsetConstant(slot.member()));
        switch (kind) {
            case GET:
                return CodeBlock.builder().addStatement("return $L", load(slot, start)).build();
            case SET:
                return store(slot, start, Signatures.VALUE);
            case GET_ELEMENT:
                return CodeBlock.builder()
                        .add(ArrayCode.indexChecks(slot, memory))
                        .addStatement("return $L", load(slot, ArrayCode.elementIndex(slot, start)))
                        .build();
            case SET_ELEMENT:
                return CodeBlock.builder()
                        .add(ArrayCode.indexChecks(slot, memory))
                        .add(store(slot, ArrayCode.elementIndex(slot, start), Signatures.VALUE))
                        .build();
            default:
                throw new AssertionError(kind);
        }
    }

    /** Reads every element through the element getter into a new array. */
    private CodeBlock getArray(MemberSlot slot) {
        CodeBlock values = CodeBlock.of("$N", Signatures.VALUES);
        return CodeBlock.builder()
                .addStatement("$T $N = $L", slot.javaType(), Signatures.VALUES,
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

    /** Checks every length, then writes every element through the element setter. */
    private CodeBlock setArray(MemberSlot slot) {
        CodeBlock values = CodeBlock.of("$N", Signatures.VALUES);
        return CodeBlock.builder()
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
        CodeBlock.Builder out = CodeBlock.builder().add("new $T[$L]", slot.elementType(), length);
        List<Integer> dims = slot.dims();
        for (int d = 1; d < dims.size(); d++) {
            out.add("[$L]", dims.get(d));
        }
        return out.build();
    }

    private CodeBlock load(MemberSlot slot, CodeBlock index) {
        if (slot.isStruct()) {
            return CodeBlock.of("$T.INSTANCE.read($N, $L)", nestedClass(slot), memory.memory(),
                    index);
        }
        return memory.load(slot.kind(), slot.elementSize(), index);
    }

    private CodeBlock store(MemberSlot slot, CodeBlock index, String value) {
        if (slot.isStruct()) {
            return CodeBlock.builder().addStatement("$T.INSTANCE.write($N, $L, $N)",
                    nestedClass(slot), memory.memory(), index, value).build();
        }
        return memory.store(slot.kind(), slot.elementSize(), index, value, slot.member().cName());
    }

    private ClassName nestedClass(MemberSlot slot) {
        return Names.abiClass(slot.nested().decl().ref(), abi);
    }
}
