package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmDirtyTlb;
import org.abistruct.examples.kvm.KvmDirtyTlbLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The e500 shared-TLB flow with both sides' entry arrays over a {@link MemorySegment} of the
 * region, through the generated segment accessors: the same outcome and the same bytes as over
 * the buffer. The reference layout of {@code kvm_book3e_206_tlb_entry}: 24 bytes, mas8 at 0,
 * mas1 at 4, mas2 at 8, mas7_3 at 16.
 */
class SegmentFlowTest {

    @ParameterizedTest
    @CsvSource({"PPC32, PPC64", "PPC64LE, PPC64LE", "X86_64, X86_64"})
    void dirtyEntriesReachTheKernelOverSegmentsAsOverBuffers(Abi userAbi, Abi kernelAbi) {
        KvmBook3e206TlbEntry tlb1 = new KvmBook3e206TlbEntry(0, 0x8000_0100, 0xC000_0000L, 0x3000L);
        Flow segments = new Flow(userAbi, kernelAbi, FreescaleCore.E500V2, CheckMode.DOCUMENTED,
                8, SegmentEntryArray.SEGMENTS);
        Flow buffers = new Flow(userAbi, kernelAbi, FreescaleCore.E500V2, CheckMode.DOCUMENTED,
                8);
        for (Flow flow : List.of(segments, buffers)) {
            flow.user.enableCap();
            flow.user.entries().setMas2(9, 0x9000);
            flow.user.entries().write(527, tlb1);
            assertEquals(new DirtyOutcome.Reloaded(List.of(9, 527)), flow.user.reportDirty());
            assertEquals(Map.of(9, new KvmBook3e206TlbEntry(0, 0, 0x9000, 0), 527, tlb1),
                    flow.vcpu.shadow().loaded());
        }
        assertEquals(buffers.memory.buffer(), segments.memory.buffer(),
                "the region holds the same bytes either way");
    }

    @Test
    void entryOneLandsAtByte24PlusItsFieldOffsetsBigEndian() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(4 + 2 * 24);
            SegmentEntryArray array = new SegmentEntryArray(segment, 4, 2,
                    KvmBook3e206TlbEntryLayout.PPC32);
            array.write(1, new KvmBook3e206TlbEntry(0x1122_3344, 0x8005_0100,
                    0x0102_0304_0506_0708L, 0x1112_1314_1516_1718L));
            byte[] expected = new byte[4 + 48];
            byte[] entry1 = {0x11, 0x22, 0x33, 0x44, (byte) 0x80, 0x05, 0x01, 0x00,
                    1, 2, 3, 4, 5, 6, 7, 8, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18};
            System.arraycopy(entry1, 0, expected, 4 + 24, 24);
            assertArrayEquals(expected, segment.toArray(ValueLayout.JAVA_BYTE));
            assertEquals(0x8005_0100, array.mas1(1));
            assertEquals(new KvmBook3e206TlbEntry(0, 0, 0, 0), array.read(0));
            assertThrows(IndexOutOfBoundsException.class, () -> array.mas1(2));
            assertThrows(IllegalArgumentException.class, () -> new SegmentEntryArray(segment, 5,
                    2, KvmBook3e206TlbEntryLayout.PPC32));
        }
    }

    /** The README's first example, as written there. */
    @Test
    void readmeExample() {
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "the numbers are x86_64's");
        KvmBook3e206TlbEntryLayout e = KvmBook3e206TlbEntryLayout.of(Abi.host());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment bitmap = arena.allocate(Long.BYTES);
            MemorySegment tlb = e.allocateArray(arena, 1088);
            e.setMas2(tlb, e.elementOffset(0, 5), 0xc000_0000L);
            long mas2 = e.getMas2(tlb, e.elementOffset(0, 5));
            KvmBook3e206TlbEntry whole = e.read(tlb, 0);
            GroupLayout c = e.memoryLayout();
            KvmDirtyTlbLayout d = KvmDirtyTlbLayout.of(Abi.host());
            MemorySegment arg = d.allocate(arena);
            d.write(arg, 0, new KvmDirtyTlb(bitmap.address(), 12));
            long request = d.kvmDirtyTlbRequest();

            assertEquals(0xc000_0000L, mas2);
            assertEquals(0xc000_0000L, tlb.get(ValueLayout.JAVA_LONG_UNALIGNED, 5 * 24 + 8));
            assertEquals(new KvmBook3e206TlbEntry(0, 0, 0, 0), whole);
            assertEquals(24, c.byteSize());
            assertEquals(16, arg.byteSize(), "kvm_dirty_tlb on x86_64");
            assertEquals(12, arg.get(ValueLayout.JAVA_INT, 8));
            assertEquals(0x4010AEAAL, request, "KVM_DIRTY_TLB on x86_64");
        }
    }

    @Test
    void theEntryLayoutIsAForeignGroupLayout() {
        KvmBook3e206TlbEntryLayout ppc = KvmBook3e206TlbEntryLayout.PPC32;
        assertEquals(24, ppc.memoryLayout().byteSize());
        assertEquals(8, ppc.memoryLayout().byteAlignment());
        assertEquals(16, ppc.memoryLayout().byteOffset(
                java.lang.foreign.MemoryLayout.PathElement.groupElement("mas7_3")));
        assertEquals(ByteOrder.BIG_ENDIAN, ((ValueLayout) ppc.memoryLayout().select(
                java.lang.foreign.MemoryLayout.PathElement.groupElement("mas2"))).order());
    }
}
