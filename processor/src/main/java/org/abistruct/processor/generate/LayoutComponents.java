package org.abistruct.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.processor.layout.AbiRules;
import org.abistruct.processor.layout.IoctlEncoding;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;

/**
 * The components of a struct's layout record: the numbers that differ between ABIs (size,
 * alignment, byte order, word size, padding, each member's offset, the embedded structs'
 * layouts and the ioctl numbers), in one fixed order. Only these differ; the accessor code
 * written over them is the same on every ABI.
 */
final class LayoutComponents {
    static final String ABI = "abi";
    static final String SIZE = "size";
    static final String BIG_ENDIAN = "bigEndian";
    static final String WORD_SIZE = "wordSize";
    static final String DESCRIBE = "describe";
    static final String PADDING = "padding";

    /** The type of the padding component. */
    static final ClassName PADDING_BYTES = ClassName.get("org.abistruct.runtime", "PaddingBytes");

    private LayoutComponents() {}

    /**
     * The components of {@code struct}, whose layouts' pahole texts are {@code texts}.
     * {@code shared} spells the values that several ABIs share (the layout text and padding)
     * as one constant.
     */
    static List<LayoutComponent> of(LaidOutStruct struct, Map<StructLayout, String> texts,
                                    SharedValues shared) {
        StructDecl decl = struct.decl();
        StructLayout first = struct.layouts().get(0);
        String tag = decl.cType();
        List<LayoutComponent> components = new ArrayList<>();
        // A component hides a type of its name in the ABI constants' initializers, such as
        // the layout tlbLayout of a record tlb: such a type is spelled qualified there.
        Set<String> hiding = new HashSet<>();
        components.add(new LayoutComponent(ABI, Names.ABI, "the ABI",
                l -> CodeBlock.of("$T.$L", Names.ABI, l.abi().name())));
        components.add(new LayoutComponent(SIZE, TypeName.INT,
                "{@code sizeof(" + tag + ")} under it, in bytes",
                l -> CodeBlock.of("$L", l.size())));
        components.add(new LayoutComponent("alignment", TypeName.INT,
                "{@code _Alignof(" + tag + ")} under it",
                l -> CodeBlock.of("$L", l.alignment())));
        components.add(new LayoutComponent(BIG_ENDIAN, TypeName.BOOLEAN,
                "whether its scalars are stored big-endian",
                l -> CodeBlock.of("$L", l.abi().byteOrder() == ByteOrder.BIG_ENDIAN)));
        if (needsWordSize(first)) {
            components.add(new LayoutComponent(WORD_SIZE, TypeName.INT,
                    "the size of a pointer and of a C {@code long} under it: 4 or 8",
                    l -> CodeBlock.of("$L", wordSize(l.abi()))));
        }
        components.add(new LayoutComponent(DESCRIBE, ClassName.get(String.class),
                "the layout in pahole style: each member with its offset and size,\n    holes and"
                        + " padding",
                l -> shared.constant(l, "_LAYOUT", ClassName.get(String.class), texts.get(l),
                        TextLiteral::of)));
        if (hasPadding(struct.layouts())) {
            components.add(new LayoutComponent(PADDING, PADDING_BYTES, decl.union()
                    ? "the bytes past the first member, which {@code write} zeroes"
                    : "the holes and tail padding, which {@code write} zeroes",
                    l -> paddingRanges(l).isEmpty() ? CodeBlock.of("$T.NONE", PADDING_BYTES)
                            : shared.constant(l, "_PADDING", PADDING_BYTES, paddingNumbers(l),
                                    numbers -> CodeBlock.of("$T.of($L)", PADDING_BYTES, numbers))));
        }
        List<MemberSlot> slots = MemberSlot.of(first);
        Map<StructLayout, List<MemberSlot>> slotsOf = new IdentityHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            int index = i;
            components.add(new LayoutComponent(Names.offsetComponent(slots.get(i).member()),
                    TypeName.INT, "the offset of " + what(slots.get(i)),
                    l -> CodeBlock.of("$L",
                            slotsOf.computeIfAbsent(l, MemberSlot::of).get(index).offset())));
        }
        for (MemberSlot slot : slots) {
            if (slot.isStruct()) {
                StructDecl nested = slot.nested().decl();
                ClassName type = Names.layoutType(nested.ref());
                components.add(new LayoutComponent(Names.layoutComponent(slot.member()),
                        type,
                        "the layout of {@code " + nested.cType()
                                + "} under the same ABI, for " + what(slot),
                        l -> CodeBlock.of("$L.$L", hiding.contains(type.simpleName())
                                ? type.canonicalName() : CodeBlock.of("$T", type),
                                l.abi().name())));
            }
        }
        for (IoctlDecl ioctl : struct.ioctls()) {
            components.add(new LayoutComponent(ioctl.methodName(), TypeName.INT,
                    "the number of {@code " + ioctl.name() + "} under it:\n    {@code "
                            + ioctl.macroCall(tag) + "}, an unsigned 32-bit number\n    (read it"
                            + " with {@link Integer#toUnsignedLong(int)})",
                    l -> CodeBlock.of("$L", IoctlMembers.literal(IoctlEncoding.number(ioctl, l)))));
        }
        components.forEach(c -> hiding.add(c.name()));
        return components;
    }

    /** {@code the member {@code num_dirty}}, or the anonymous member so named. */
    static String what(MemberSlot slot) {
        return slot.member().anonymous()
                ? "the anonymous " + slot.nested().decl().keyword() + " {@code "
                        + slot.member().cName() + "}"
                : "{@code " + slot.member().cName() + "}";
    }

    /** Whether a pointer or C long lies among the struct's own members, arrays included. */
    static boolean needsWordSize(StructLayout layout) {
        for (MemberSlot slot : MemberSlot.of(layout)) {
            if (!slot.isStruct() && slot.kind().abiSized()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPadding(List<StructLayout> layouts) {
        for (StructLayout layout : layouts) {
            if (!paddingRanges(layout).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The offset and size of each range {@code write} zeroes, in offset order. */
    static List<long[]> paddingRanges(StructLayout layout) {
        List<long[]> ranges = new ArrayList<>();
        if (layout.decl().union()) {
            long firstEnd = layout.fields().isEmpty() ? 0 : layout.fields().get(0).end();
            if (layout.size() > firstEnd) {
                ranges.add(new long[] {firstEnd, layout.size() - firstEnd});
            }
            return ranges;
        }
        for (Padding padding : layout.paddings()) {
            ranges.add(new long[] {padding.offset(), padding.size()});
        }
        return ranges;
    }

    /** The offset and size of each padding range, as {@code PaddingBytes.of} takes them. */
    private static String paddingNumbers(StructLayout layout) {
        List<String> numbers = new ArrayList<>();
        for (long[] range : paddingRanges(layout)) {
            numbers.add(range[0] + ", " + range[1]);
        }
        return String.join(", ", numbers);
    }

    /** The one size of pointers and C longs under {@code abi}, which the accessors assume. */
    private static int wordSize(Abi abi) {
        AbiRules rules = AbiRules.of(abi);
        if (rules.pointerSize() != rules.longSize()) {
            throw new IllegalStateException(abi + ": pointers and longs differ in size");
        }
        return rules.pointerSize();
    }
}
