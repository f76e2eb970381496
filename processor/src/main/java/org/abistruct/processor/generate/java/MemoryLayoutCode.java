package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.SegmentBackend;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.plan.AbiPlan;

/**
 * The {@code java.lang.foreign} group layout of a struct under one ABI, as code: members named
 * with their C names in the ABI's byte order (or their own, for {@code __be32} and friends), each aligned as it really is (a packed member to
 * 1), holes and tail padding explicit, arrays as sequence layouts, embedded structs and unions
 * as nested group layouts (anonymous ones unnamed), an embedded struct laid out as on its own
 * through its layout record's. Its size, alignment and every member's
 * offset are the layout's.
 */
final class MemoryLayoutCode {
    static final ClassName GROUP_LAYOUT = ClassName.get("java.lang.foreign", "GroupLayout");
    private static final ClassName MEMORY_LAYOUT =
            ClassName.get("java.lang.foreign", "MemoryLayout");
    private static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");

    private final boolean bigEndian;
    private final int wordSize;
    private final String abi;

    private MemoryLayoutCode(AbiPlan abi) {
        this.abi = abi.abi().name();
        this.bigEndian = abi.abi().byteOrder() == ByteOrder.BIG_ENDIAN;
        this.wordSize = abi.wordSize();
    }

    /** The expression building the group layout of {@code abi}'s struct. */
    static CodeBlock of(AbiPlan abi) {
        StructLayout layout = abi.layout();
        return new MemoryLayoutCode(abi).group(layout, layout.alignment(), layout.size());
    }

    /**
     * The group of {@code layout}, every alignment within capped at {@code cap}, padded to
     * {@code size}: an anonymous member's {@code aligned} attribute acts on its type, and may
     * make it larger than the type's own layout.
     */
    private CodeBlock group(StructLayout layout, long cap, long size) {
        List<CodeBlock> members = new ArrayList<>();
        List<Padding> paddings = layout.paddings();
        int next = 0;
        long covered = 0;
        if (hasBitfields(layout)) {
            return bitfieldGroup(layout, cap, size);
        }
        for (FieldLayout field : layout.fields()) {
            while (!layout.decl().union() && next < paddings.size()
                    && paddings.get(next).offset() < field.offset()) {
                members.add(padding(paddings.get(next++).size()));
            }
            members.add(member(field, Math.min(cap, field.alignment())));
            covered = Math.max(covered, field.end());
        }
        if (layout.decl().union()) {
            if (size > covered) {
                members.add(padding(size));
            }
        } else {
            while (next < paddings.size()) {
                members.add(padding(paddings.get(next++).size()));
            }
            if (size > layout.size()) {
                members.add(padding(size - layout.size()));
            }
        }
        return CodeBlock.of("$T.$N($>$W$L$<).withByteAlignment($L)", MEMORY_LAYOUT,
                layout.decl().union() ? "unionLayout" : "structLayout",
                CodeBlock.join(members, ",$W"), Math.min(cap, layout.alignment()));
    }

    private static boolean hasBitfields(StructLayout layout) {
        return layout.fields().stream().anyMatch(f -> f.member().bitfield());
    }

    /**
     * The group of a layout with bitfields, which a {@code java.lang.foreign} layout cannot
     * name: their bytes, shared or not, are padding, as jextract lays them.
     */
    private CodeBlock bitfieldGroup(StructLayout layout, long cap, long size) {
        List<CodeBlock> members = new ArrayList<>();
        boolean union = layout.decl().union();
        long cursor = 0;
        for (FieldLayout field : layout.fields()) {
            if (field.member().bitfield()) {
                if (union && field.size() > 0) {
                    members.add(padding(field.size()));
                    cursor = Math.max(cursor, field.size());
                }
                continue;
            }
            if (!union && field.offset() > cursor) {
                members.add(padding(field.offset() - cursor));
            }
            members.add(member(field, Math.min(cap, field.alignment())));
            cursor = union ? Math.max(cursor, field.end()) : field.end();
        }
        if (size > cursor) {
            members.add(padding(union ? size : size - cursor));
        }
        return CodeBlock.of("$T.$N($>$W$L$<).withByteAlignment($L)", MEMORY_LAYOUT,
                union ? "unionLayout" : "structLayout", CodeBlock.join(members, ",$W"),
                Math.min(cap, layout.alignment()));
    }

    private CodeBlock member(FieldLayout field, long alignment) {
        String name = field.member().cName();
        CodeBlock layout = element(field.member().type(), field, alignment);
        if (field.member().anonymous()) {
            return layout;
        }
        return CodeBlock.of("$L.withName($S)", layout, name);
    }

    /** The layout of {@code type}, an element of {@code field}'s type, unnamed. */
    private CodeBlock element(CType type, FieldLayout field, long alignment) {
        if (type instanceof ArrayType array) {
            long inner = Math.min(alignment, Long.lowestOneBit(field.elementSize()));
            return CodeBlock.of("$T.sequenceLayout($L, $L)", MEMORY_LAYOUT, array.length(),
                    element(array.element(), field, inner == 0 ? 1 : inner));
        }
        if (type instanceof Scalar scalar) {
            ByteOrder order = field.member().order();
            return CodeBlock.of("$T.value($T.$N, $L, $L)", SegmentBackend.ACCESS, VALUE_LAYOUT,
                    valueLayout(scalar.kind()), order == null ? bigEndian
                            : order == ByteOrder.BIG_ENDIAN, alignment);
        }
        StructLayout nested = field.nested().orElseThrow();
        long size = type instanceof ArrayType || field.member().type() instanceof ArrayType
                ? nested.size() : field.size();
        if (!field.member().anonymous() && alignment >= nested.alignment()
                && size == nested.size()) {
            // The embedded struct's own layout, as its record holds it: the code stays the
            // size of one level, however deep the structs nest.
            return CodeBlock.of("$T.$N.memoryLayout()", Names.layoutType(nested.decl().ref()),
                    abi);
        }
        return group(nested, alignment, size);
    }

    private String valueLayout(ScalarKind kind) {
        return switch (kind) {
            case INT8, UINT8, CHAR -> "JAVA_BYTE";
            case BOOL -> "JAVA_BOOLEAN";
            case INT16, UINT16 -> "JAVA_SHORT";
            case CHAR16 -> "JAVA_CHAR";
            case INT32, UINT32 -> "JAVA_INT";
            case INT64, UINT64 -> "JAVA_LONG";
            case FLOAT -> "JAVA_FLOAT";
            case DOUBLE -> "JAVA_DOUBLE";
            case POINTER, LONG, ULONG -> wordSize == 8 ? "JAVA_LONG" : "JAVA_INT";
        };
    }

    private static CodeBlock padding(long size) {
        return CodeBlock.of("$T.paddingLayout($L)", MEMORY_LAYOUT, size);
    }
}
