package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.plan.MemberSlot;

/**
 * Code over array members: the byte index of an element, index and length checks, and loops
 * over every element. Indexes are {@code base + linear index * element size}, nothing more.
 */
final class ArrayCode {
    /** No qualifier: code inside the layout record reaches its components directly. */
    private static final CodeBlock NONE = CodeBlock.of("");
    private static final ClassName VALUES = ClassName.get("org.abistruct.runtime", "Values");

    private ArrayCode() {}

    /**
     * {@code mOffset + (i * 3 + j) * 2}: where element {@code [i][j]} starts, from {@code start},
     * the member's offset in the struct.
     */
    static CodeBlock elementIndex(MemberSlot slot, CodeBlock start) {
        return elementIndex(slot, start, NONE);
    }

    /**
     * {@link #elementIndex(MemberSlot, CodeBlock)} from outside the layout record, whose
     * components are reached through {@code record}, such as {@code layout.}.
     */
    static CodeBlock elementIndex(MemberSlot slot, CodeBlock start, CodeBlock record) {
        List<Integer> dims = slot.dims();
        String linear = Names.index(0);
        for (int d = 1; d < dims.size(); d++) {
            String scaled = dims.get(d) == 1 ? linear
                    : (d > 1 ? "(" + linear + ")" : linear) + " * " + dims.get(d);
            linear = scaled + " + " + Names.index(d);
        }
        if (!sameOnEveryAbi(slot) || slot.elementSize() != 1) {
            linear = (dims.size() > 1 ? "(" + linear + ")" : linear) + " * "
                    + stride(slot, record);
        }
        return CodeBlock.of("$L + $L", start, linear);
    }

    /**
     * The size of one innermost element: a number, or on ABIs that differ, the record's
     * {@code wordSize} for pointers and C longs and the embedded layout's {@code size()}.
     */
    static CodeBlock stride(MemberSlot slot) {
        return stride(slot, NONE);
    }

    private static CodeBlock stride(MemberSlot slot, CodeBlock record) {
        if (sameOnEveryAbi(slot)) {
            return CodeBlock.of("$L", slot.elementSize());
        }
        return slot.isStruct()
                ? CodeBlock.of("$L$N.size()", record, Names.layoutComponent(slot.member()))
                : CodeBlock.of("$L$N", record, LayoutComponents.WORD_SIZE);
    }

    /** Whether the element's size is the same on every ABI: a scalar but a pointer or long. */
    private static boolean sameOnEveryAbi(MemberSlot slot) {
        return !slot.isStruct() && !slot.kind().abiSized();
    }

    /** Bytes between the starts of consecutive outermost elements, such as a row of a matrix. */
    static CodeBlock outerStride(MemberSlot slot) {
        return outerStride(slot, NONE);
    }

    private static CodeBlock outerStride(MemberSlot slot, CodeBlock record) {
        if (sameOnEveryAbi(slot)) {
            return CodeBlock.of("$L", slot.field().outerStride());
        }
        long inner = ((ArrayType) slot.member().type()).leavesPerElement();
        CodeBlock stride = stride(slot, record);
        return inner == 1 ? stride : CodeBlock.of("$L * $L", stride, inner);
    }

    /** How many outermost elements of a flexible array member fit the memory. */
    static CodeBlock capacity(MemberSlot slot, MemoryBackend memory) {
        return capacity(slot, memory, NONE);
    }

    private static CodeBlock capacity(MemberSlot slot, MemoryBackend memory, CodeBlock record) {
        return memory.capacity(CodeBlock.of("$L$N", record,
                Names.offsetComponent(slot.member())), outerStride(slot, record));
    }

    /** {@code Objects.checkIndex} of every index parameter against its dimension. */
    static CodeBlock indexChecks(MemberSlot slot, MemoryBackend memory) {
        return indexChecks(slot, memory, NONE);
    }

    /**
     * {@link #indexChecks(MemberSlot, MemoryBackend)} from outside the layout record, whose
     * components are reached through {@code record}, such as {@code layout.}.
     */
    static CodeBlock indexChecks(MemberSlot slot, MemoryBackend memory, CodeBlock record) {
        CodeBlock.Builder checks = CodeBlock.builder();
        List<Integer> dims = slot.dims();
        for (int d = 0; d < dims.size(); d++) {
            CodeBlock length = d == 0 && slot.isFlexible()
                    ? capacity(slot, memory, record) : CodeBlock.of("$L", dims.get(d));
            checks.addStatement("$T.checkIndex($N, $L)", Objects.class, Names.index(d), length);
        }
        return checks.build();
    }

    /**
     * Throws unless {@code array}'s lengths match the member's dimensions; a flexible array
     * member's outermost length is free.
     */
    static CodeBlock lengthChecks(MemberSlot slot, CodeBlock array) {
        if (slot.isFlexible() && slot.dims().size() == 1) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder().addStatement("$L", checkedLengths(slot, array)).build();
    }

    /** {@code Values.lengths(values, "m", 2, 3)}: {@code array} once its lengths are checked. */
    static CodeBlock checkedLengths(MemberSlot slot, CodeBlock array) {
        List<CodeBlock> dims = new ArrayList<>();
        for (int d = 0; d < slot.dims().size(); d++) {
            dims.add(CodeBlock.of("$L", d == 0 && slot.isFlexible() ? -1 : slot.dims().get(d)));
        }
        return CodeBlock.of("$T.lengths($L, $S, $L)", VALUES, array, slot.member().cName(),
                CodeBlock.join(dims, ", "));
    }

    /** Runs {@code statement}, which uses the indexes i, j..., for each element of an array. */
    static CodeBlock forEachElement(MemberSlot slot, CodeBlock array, CodeBlock statement) {
        CodeBlock.Builder loops = CodeBlock.builder();
        int depth = slot.dims().size();
        openLoops(loops, slot, array, depth);
        loops.add(statement);
        closeLoops(loops, depth);
        return loops.build();
    }

    /** {@code values[i][j]}: the element of {@code array} at the index variables. */
    static CodeBlock element(CodeBlock array, int depth) {
        CodeBlock.Builder out = CodeBlock.builder().add("$L", array);
        for (int d = 0; d < depth; d++) {
            out.add("[$N]", Names.index(d));
        }
        return out.build();
    }

    /** The index arguments {@code i, j}. */
    static String indexArguments(MemberSlot slot) {
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < slot.dims().size(); d++) {
            out.append(d == 0 ? "" : ", ").append(Names.index(d));
        }
        return out.toString();
    }

    /** Opens one loop per dimension below {@code depth}; returns the element reached. */
    private static CodeBlock openLoops(CodeBlock.Builder code, MemberSlot slot, CodeBlock array,
                                       int depth) {
        for (int d = 0; d < depth; d++) {
            CodeBlock bound = d == 0 && slot.isFlexible()
                    ? CodeBlock.of("$L.length", array) : CodeBlock.of("$L", slot.dims().get(d));
            code.beginControlFlow("for (int $N = 0; $N < $L; $N++)",
                    Names.index(d), Names.index(d), bound, Names.index(d));
        }
        return element(array, depth);
    }

    private static void closeLoops(CodeBlock.Builder code, int depth) {
        for (int d = 0; d < depth; d++) {
            code.endControlFlow();
        }
    }
}
