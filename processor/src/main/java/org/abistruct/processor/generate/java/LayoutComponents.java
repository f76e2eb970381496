package org.abistruct.processor.generate.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.processor.generate.Names;
import org.abistruct.processor.generate.memory.RecordNames;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.ByteRange;
import org.abistruct.processor.plan.MemberSlot;
import org.abistruct.processor.plan.StructPlan;

/**
 * The components of a struct's layout record: the numbers that differ between ABIs (size,
 * alignment, byte order, word size, padding, each member's offset, the embedded structs'
 * layouts and the ioctl numbers), in one fixed order. Only these differ; the accessor code
 * written over them is the same on every ABI.
 */
final class LayoutComponents {
    static final String ABI = "abi";
    static final String SIZE = RecordNames.SIZE;
    static final String BIG_ENDIAN = RecordNames.BIG_ENDIAN;
    static final String WORD_SIZE = RecordNames.WORD_SIZE;
    static final String DESCRIBE = "describe";
    static final String PADDING = "padding";
    static final String MEMORY_LAYOUT = "memoryLayout";
    /**
     * The Javadoc of a component every layout record has the same way (its ABI, size, a
     * member's offset...), which {@code AbiLayout}'s Javadoc describes once for all of them.
     */
    static final String SHARED = "";

    /** The member lines of the pahole texts, which {@code LayoutText.of} reads. */
    static final String LINES = "LINES";
    private static final ClassName LAYOUT_TEXT =
            ClassName.get("org.abistruct.runtime", "LayoutText");

    /** The type of the padding component. */
    static final ClassName PADDING_BYTES = ClassName.get("org.abistruct.runtime", "PaddingBytes");

    private LayoutComponents() {}

    /**
     * The components of {@code plan}, whose layouts' pahole texts are told apart by
     * {@code texts}, each a {@link #textKey}.
     * {@code shared} spells the values that several ABIs share (the layout text and padding)
     * as one constant.
     */
    static List<LayoutComponent> of(StructPlan plan, Map<StructLayout, String> texts,
                                    SharedValues shared, boolean foreign) {
        StructDecl decl = plan.decl();
        String tag = decl.cType();
        List<LayoutComponent> components = new ArrayList<>();
        // A component hides a type of its name in the ABI constants' initializers, such as
        // the layout tlbLayout of a record tlb: such a type is spelled qualified there.
        Set<String> hiding = new HashSet<>();
        components.add(new LayoutComponent(ABI, Names.ABI, SHARED,
                a -> CodeBlock.of("$T.$L", Names.ABI, a.abi().name()), () -> CodeBlock.of(ABI)));
        components.add(new LayoutComponent(SIZE, TypeName.INT, SHARED,
                a -> CodeBlock.of("$L", a.layout().size())));
        components.add(new LayoutComponent("alignment", TypeName.INT, SHARED,
                a -> CodeBlock.of("$L", a.layout().alignment())));
        components.add(new LayoutComponent(BIG_ENDIAN, TypeName.BOOLEAN, SHARED,
                a -> CodeBlock.of("$L", a.abi().byteOrder() == ByteOrder.BIG_ENDIAN),
                () -> CodeBlock.of("$T.bigEndian($N)", LayoutRecordWriter.LAYOUTS_RUNTIME, ABI)));
        if (plan.usesWordSize()) {
            components.add(new LayoutComponent(WORD_SIZE, TypeName.INT, SHARED,
                    a -> CodeBlock.of("$L", a.wordSize())));
        }
        components.add(new LayoutComponent(DESCRIBE, ClassName.get(String.class), SHARED,
                a -> shared.constant(a.layout(), "_LAYOUT", ClassName.get(String.class),
                        texts.get(a.layout()), key -> describe(a.layout()))));
        if (plan.zeroesOnWrite()) {
            components.add(new LayoutComponent(PADDING, PADDING_BYTES, SHARED,
                    a -> a.zeroed().isEmpty() ? CodeBlock.of("$T.NONE", PADDING_BYTES)
                            : shared.constant(a.layout(), "_PADDING", PADDING_BYTES,
                                    paddingNumbers(a.zeroed()),
                                    numbers -> CodeBlock.of("$T.of($L)", PADDING_BYTES, numbers))));
        }
        if (foreign) {
            components.add(new LayoutComponent(MEMORY_LAYOUT, MemoryLayoutCode.GROUP_LAYOUT, SHARED,
                    a -> {
                        CodeBlock code = MemoryLayoutCode.of(a);
                        return shared.method(a.layout(), MEMORY_LAYOUT,
                                MemoryLayoutCode.GROUP_LAYOUT, code.toString(), k -> code);
                    }));
        }
        List<MemberSlot> slots = plan.first().slots();
        for (int i = 0; i < slots.size(); i++) {
            int index = i;
            components.add(new LayoutComponent(Names.offsetComponent(slots.get(i).member()),
                    TypeName.INT, SHARED,
                    a -> CodeBlock.of("$L", a.slots().get(index).offset())));
        }
        for (int i = 0; i < slots.size(); i++) {
            int index = i;
            if (slots.get(i).isBitfield()) {
                components.add(new LayoutComponent(Names.bitComponent(slots.get(i).member()),
                        TypeName.INT, SHARED,
                        a -> CodeBlock.of("$L", a.slots().get(index).bit())));
            }
        }
        for (MemberSlot slot : slots) {
            if (slot.isStruct()) {
                StructDecl nested = slot.nested().decl();
                ClassName type = Names.layoutType(nested.ref());
                components.add(new LayoutComponent(Names.layoutComponent(slot.member()),
                        type, SHARED,
                        a -> CodeBlock.of("$L.$L", spelled(type, hiding), a.abi().name()),
                        () -> CodeBlock.of("$L.of($N)", spelled(type, hiding), ABI)));
            }
        }
        for (int i = 0; i < plan.ioctls().size(); i++) {
            IoctlDecl ioctl = plan.ioctls().get(i);
            int index = i;
            components.add(new LayoutComponent(ioctl.methodName(), TypeName.INT,
                    "the number of {@code " + ioctl.name() + "} under it:\n    {@code "
                            + ioctl.macroCall(tag) + "}, an unsigned 32-bit number\n    (read it"
                            + " with {@link Integer#toUnsignedLong(int)})",
                    a -> CodeBlock.of("$L", IoctlMembers.literal(a.ioctlNumbers().get(index)))));
        }
        components.forEach(c -> hiding.add(c.name()));
        return components;
    }

    /** {@code type}, qualified where a component of its simple name hides it. */
    private static CodeBlock spelled(ClassName type, Set<String> hiding) {
        return hiding.contains(type.simpleName()) ? CodeBlock.of("$L", type.canonicalName())
                : CodeBlock.of("$T", type);
    }

    /**
     * What tells {@code layout}'s pahole text from those of the struct's other ABIs, whose
     * member lines are the same: its size, alignment, tail padding and numbers.
     */
    static String textKey(StructLayout layout) {
        return layout.size() + ", " + layout.alignment() + ", " + PaholeText.tailPadding(layout)
                + ", " + PaholeText.numbers(layout);
    }

    /** {@code LayoutText.of(...)}: the pahole text of {@code layout} from its numbers. */
    private static CodeBlock describe(StructLayout layout) {
        return CodeBlock.of("$T.of($S,$W$L,$W$N,$W$L,$W$L,$W$L,$W$S)", LAYOUT_TEXT,
                layout.decl().cType(), layout.decl().members().size(), LINES, layout.size(),
                layout.alignment(), PaholeText.tailPadding(layout), PaholeText.numbers(layout));
    }

    /** The offset and size of each padding range, as {@code PaddingBytes.of} takes them. */
    private static String paddingNumbers(List<ByteRange> ranges) {
        List<String> numbers = new ArrayList<>();
        for (ByteRange range : ranges) {
            numbers.add(range.offset() + ", " + range.size());
        }
        return String.join(", ", numbers);
    }
}
