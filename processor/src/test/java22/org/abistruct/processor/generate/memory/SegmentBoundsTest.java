package org.abistruct.processor.generate.memory;

import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the segment accessors refuse before touching a byte (a segment too small, a negative
 * offset, a read-only segment, a closed arena), what they allow (any alignment, an offset past
 * 2 GiB in a mapped segment), and {@code allocate}: zeroed and aligned as the ABI aligns the
 * struct. The struct is {@code struct tlb { __u32 mas1; __u64 mas2; __u16 flags[3]; }}.
 */
class SegmentBoundsTest {
    private static final byte GARBAGE = 0x5a;
    private static Loaded loaded;

    @TempDir
    static Path dir;

    @BeforeAll
    static void compile() {
        Decls decls = new Decls();
        StructDecl tlb = decls.declare("Tlb", "tlb", false, List.of(Abi.X86_64, Abi.PPC32),
                member("mas1", scalar(ScalarKind.UINT32)),
                member("mas2", scalar(ScalarKind.UINT64)),
                member("flags", array(scalar(ScalarKind.UINT16), 3)));
        loaded = Loaded.compileIn(22, Decls.PACKAGE,
                GeneratedSources.foreignRecords(decls, List.of(tlb)),
                "Tlb", "public record Tlb(int mas1, long mas2, short[] flags) {}");
    }

    private static Loaded.Binding layout(Abi abi) {
        return loaded.binding("TlbLayout$" + abi.name());
    }

    private static Object value() {
        return loaded.record("Tlb", 0x11223344, 0x5566778899aabbccL, new short[] {1, 2, 3});
    }

    @Test
    void refusedWritesTouchNoByte() {
        Loaded.Binding x86 = layout(Abi.X86_64);
        long size = (int) x86.call("size");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment small = arena.allocate(size - 1).fill(GARBAGE);
            assertThrows(IndexOutOfBoundsException.class, () -> x86.call("write", small, 0L, value()));
            assertThrows(IndexOutOfBoundsException.class, () -> x86.call("at", small, 0L));
            assertGarbage(small);
            // One member's accessor needs that member inside the segment: flags[2] is 20 and 21.
            MemorySegment short21 = arena.allocate(21).fill(GARBAGE);
            assertThrows(IndexOutOfBoundsException.class,
                    () -> x86.call("setFlags", short21, 0L, 2, (short) 1));
            assertGarbage(short21);
            x86.call("setFlags", short21, 0L, 1, (short) 0x0102);
            assertEquals((byte) 0x02, short21.get(ValueLayout.JAVA_BYTE, 18));
            MemorySegment room = arena.allocate(size * 2).fill(GARBAGE);
            assertThrows(IndexOutOfBoundsException.class, () -> x86.call("write", room, -1L, value()));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> x86.call("write", room, size + 1, value()));
            IllegalArgumentException readOnly = assertThrows(IllegalArgumentException.class,
                    () -> x86.call("write", room.asReadOnly(), 0L, value()));
            assertEquals("Attempt to write a read-only segment", readOnly.getMessage());
            assertThrows(IndexOutOfBoundsException.class,
                    () -> x86.call("setFlags", room, 0L, 3, (short) 1), "element index 3 of 3");
            assertGarbage(room);
        }
        Arena closed = Arena.ofConfined();
        MemorySegment gone = closed.allocate(size);
        closed.close();
        assertThrows(IllegalStateException.class, () -> x86.call("write", gone, 0L, value()));
        assertThrows(IllegalStateException.class, () -> x86.call("getMas2", gone, 0L));
    }

    @Test
    void anyAlignmentAndTheAbiByteOrder() {
        Loaded.Binding ppc = layout(Abi.PPC32);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(64).fill(GARBAGE);
            ppc.call("write", segment, 5L, value());
            // mas1 at 0, mas2 at 8 (8-aligned on PPC32), big-endian whatever the host.
            assertEquals((byte) 0x11, segment.get(ValueLayout.JAVA_BYTE, 5));
            assertEquals((byte) 0x55, segment.get(ValueLayout.JAVA_BYTE, 5 + 8));
            assertEquals(0x5566778899aabbccL, ppc.call("getMas2", segment, 5L));
            assertEquals((short) 3, ppc.call("getFlags", segment, 5L, 2));
        }
    }

    @Test
    void offsetsPastTwoGibibytesInAMappedSegment() throws IOException {
        Loaded.Binding x86 = layout(Abi.X86_64);
        long size = (int) x86.call("size");
        long far = (3L << 30) + 7;
        Path file = Files.createFile(dir.resolve("sparse"));
        try (Arena arena = Arena.ofConfined();
             FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
                     StandardOpenOption.WRITE)) {
            MemorySegment big = channel.map(FileChannel.MapMode.READ_WRITE, 0, far + 2 * size,
                    arena);
            long element = (long) x86.call("elementOffset", far, 1L);
            assertEquals(far + size, element);
            x86.call("write", big, element, value());
            assertEquals(0x5566778899aabbccL, x86.call("getMas2", big, element));
            assertEquals(0x11223344, x86.call("getMas1", big, element));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> x86.call("write", big, far + size + 1, value()));
        }
    }

    @Test
    void allocateZeroesAndAligns() {
        try (Arena arena = Arena.ofConfined()) {
            SegmentAllocator dirty = (bytes, alignment) ->
                    arena.allocate(bytes + 1, alignment).asSlice(1).fill(GARBAGE);
            for (Abi abi : List.of(Abi.X86_64, Abi.PPC32)) {
                Loaded.Binding layout = layout(abi);
                long size = (int) layout.call("size");
                long alignment = (int) layout.call("alignment");
                MemorySegment one = (MemorySegment) layout.call("allocate", arena);
                assertEquals(size, one.byteSize());
                assertEquals(0, one.address() % alignment);
                MemorySegment three = (MemorySegment) layout.call("allocateArray", dirty, 3L);
                assertEquals(3 * size, three.byteSize());
                assertArrayEquals(new byte[(int) (3 * size)], three.toArray(ValueLayout.JAVA_BYTE));
                assertThrows(IllegalArgumentException.class,
                        () -> layout.call("allocateArray", arena, -1L));
            }
        }
    }

    private static void assertGarbage(MemorySegment segment) {
        for (long i = 0; i < segment.byteSize(); i++) {
            assertEquals(GARBAGE, segment.get(ValueLayout.JAVA_BYTE, i), "byte " + i);
        }
    }
}
