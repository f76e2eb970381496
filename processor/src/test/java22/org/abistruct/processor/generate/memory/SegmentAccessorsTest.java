package org.abistruct.processor.generate.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.lang.foreign.SequenceLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.abistruct.Abi;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.generate.RandomValues;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.RandomDecls;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.PairPlan;
import org.abistruct.processor.plan.StructPlan;
import org.junit.jupiter.api.Test;

/**
 * Seeded random structs (the differential test's generator) compiled as a release 22 compile
 * writes them: on every ABI, a random value written through the segment accessors, at an odd
 * offset, gives the bytes the buffer accessors give and touches nothing around them; reading
 * them back gives the value; {@code memoryLayout()} has the size, alignment and member offsets
 * of the layout (the engine's, which the differential test holds to GCC); and the compat
 * converters give over segments the bytes they give over buffers.
 * {@code -Dabistruct.segment.seed=N} and {@code -Dabistruct.segment.count=N} for another run.
 */
class SegmentAccessorsTest {
    private static final long SEED = Long.getLong("abistruct.segment.seed", 22);
    private static final int COUNT = Integer.getInteger("abistruct.segment.count", 60);
    private static final byte GARBAGE = 0x5a;
    /** The odd offset the segment form writes at, inside a larger segment. */
    private static final long AT = 3;
    private static final CompatPolicy GENERATE =
            new CompatPolicy(Compat.GENERATE, ImplicitPadding.IGNORE);

    @Test
    void segmentAndBufferAccessorsLayDownTheSameBytesOnEveryAbi() {
        Decls decls = RandomDecls.generate(SEED, COUNT);
        Random random = new Random(SEED);
        RandomValues values = new RandomValues(random, decls.lookup());
        List<String> records = new ArrayList<>();
        var files = new ArrayList<>(GeneratedSources.foreignRecords(decls, decls.all()));
        for (StructDecl decl : decls.all()) {
            records.add(decl.cName());
            records.add(values.recordSource(decl));
            files.addAll(GeneratedSources.foreignConverters(decls.plan(decl, GENERATE, List.of())));
        }
        Loaded loaded = Loaded.compileIn(22, Decls.PACKAGE, files, records.toArray(new String[0]));
        int written = 0;
        int converted = 0;
        for (StructDecl decl : decls.all()) {
            StructPlan plan = decls.plan(decl, GENERATE, List.of());
            for (StructLayout layout : plan.layouts()) {
                check(loaded, values, decl, layout, random);
                written++;
            }
            for (PairPlan pair : plan.pairs()) {
                if (!RandomValues.flexible(decl)) {
                    convert(loaded, values, decl, pair);
                    converted++;
                }
            }
        }
        assertTrue(written > 300, "values written: " + written);
        System.out.printf("segments: %d values written and read on %d structs' ABIs, %d compat"
                + " conversions compared (seed %d)%n", written, COUNT, converted, SEED);
    }

    private static void check(Loaded loaded, RandomValues values, StructDecl decl,
                              StructLayout layout, Random random) {
        Loaded.Binding binding = loaded.binding(decl.cName() + "Layout$" + layout.abi().name());
        String where = decl.cName() + " on " + layout.abi();
        boolean flexible = RandomValues.flexible(decl);
        int count = flexible ? random.nextInt(4) : 0;
        Object value = values.value(loaded, decl, count);
        int size = flexible ? (int) binding.call("sizeWith", count)
                : (int) binding.call("size");
        ByteBuffer buffer = garbage(size);
        binding.call("write", buffer, 0, value);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(size + 2 * AT).fill(GARBAGE);
            binding.call("write", segment, AT, value);
            assertArrayEquals(buffer.array(),
                    segment.asSlice(AT, size).toArray(ValueLayout.JAVA_BYTE), where);
            assertUntouched(segment, 0, AT, where);
            assertUntouched(segment, AT + size, AT, where);
            Object read = flexible ? binding.call("read", segment, AT, count)
                    : binding.call("read", segment, AT);
            values.assertSame(decl.ref(), value, read, where);
        }
        GroupLayout memory = (GroupLayout) binding.call("memoryLayout");
        assertEquals(layout.size(), memory.byteSize(), where + ": byteSize of\n"
                + binding.call("describe") + memory);
        assertEquals(layout.alignment(), memory.byteAlignment(), where + ": byteAlignment");
        assertMembers(layout, memory, where);
    }

    /**
     * The group's members, paddings aside, are the layout's: names, offsets and sizes. Its
     * bitfields are padding, which a {@code java.lang.foreign} layout cannot name.
     */
    private static void assertMembers(StructLayout layout, GroupLayout group, String where) {
        List<MemoryLayout> members = new ArrayList<>();
        for (MemoryLayout member : group.memberLayouts()) {
            if (!(member instanceof PaddingLayout)) {
                members.add(member);
            }
        }
        List<FieldLayout> fields = layout.fields().stream()
                .filter(f -> !f.member().bitfield()).toList();
        assertEquals(fields.size(), members.size(), where + ": members");
        for (int i = 0; i < members.size(); i++) {
            FieldLayout field = fields.get(i);
            MemoryLayout member = members.get(i);
            String at = where + "." + field.member().cName();
            if (field.member().anonymous()) {
                assertTrue(member.name().isEmpty(), at + " is anonymous");
            } else {
                assertEquals(field.member().cName(), member.name().orElseThrow(), at);
                assertEquals(field.offset(), group.byteOffset(
                        MemoryLayout.PathElement.groupElement(field.member().cName())), at);
            }
            assertEquals(field.size(), member.byteSize(), at + ": size");
            MemoryLayout element = member;
            while (element instanceof SequenceLayout sequence) {
                element = sequence.elementLayout();
            }
            if (field.nested().isPresent()) {
                assertMembers(field.nested().get(), (GroupLayout) element, at);
            }
        }
    }

    /** A value converted up and down its compat pair over segments gives the buffers' bytes. */
    private static void convert(Loaded loaded, RandomValues values, StructDecl decl,
                                PairPlan pair) {
        Class<?> compat = loaded.type(decl.cName() + "Compat");
        Loaded.Binding user = loaded.binding(decl.cName() + "Layout$" + pair.pair().user());
        int userSize = (int) user.call("size");
        int kernelSize = (int) pair.diff().kernel().size();
        Abi userAbi = pair.pair().user();
        Abi kernelAbi = pair.pair().kernel();
        Object value = values.value(loaded, decl, 0);
        ByteBuffer u = garbage(userSize);
        user.call("write", u, 0, value);
        ByteBuffer k = garbage(kernelSize);
        Loaded.call(null, compat, "convert", userAbi, kernelAbi, u, 0, k, 0);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment from = arena.allocate(userSize + AT).fill(GARBAGE);
            MemorySegment.copy(MemorySegment.ofArray(u.array()), 0, from, AT, userSize);
            MemorySegment to = arena.allocate(kernelSize + 2 * AT).fill(GARBAGE);
            Loaded.call(null, compat, "convert", userAbi, kernelAbi, from, AT, to, AT);
            String where = decl.cName() + " " + pair.pair();
            assertArrayEquals(k.array(), to.asSlice(AT, kernelSize).toArray(ValueLayout.JAVA_BYTE),
                    where);
            assertUntouched(to, AT + kernelSize, AT, where);
        }
    }

    private static ByteBuffer garbage(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, GARBAGE);
        return ByteBuffer.wrap(bytes);
    }

    private static void assertUntouched(MemorySegment segment, long from, long count,
                                        String where) {
        for (long i = from; i < from + count; i++) {
            assertEquals(GARBAGE, segment.get(ValueLayout.JAVA_BYTE, i), where + ": byte " + i);
        }
    }
}
