package org.abistruct.examples.kvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.abistruct.Abi;
import org.junit.jupiter.api.Test;

/**
 * Values through the generated accessors of the e500/KVM structs, in a big-endian ABI (PPC32,
 * the real e500) and little-endian ones, with buffers set to the opposite byte order.
 */
class KvmAccessorTest {

    @Test
    void tlbEntryRoundTripsInBigEndianPpc32() {
        ByteBuffer buf = ByteBuffer.allocate(KvmBook3e206TlbEntryLayout.PPC32.size())
                .order(ByteOrder.LITTLE_ENDIAN);
        KvmBook3e206TlbEntry entry = new KvmBook3e206TlbEntry(
                0x11223344, 0x80000500, 0x0102030405060708L, 0xfedcba9876543210L);
        KvmBook3e206TlbEntryLayout.PPC32.write(buf, 0, entry);

        assertEquals(entry, KvmBook3e206TlbEntryLayout.PPC32.read(buf, 0));
        // struct kvm_book3e_206_tlb_entry: mas8 at 0, mas2 at 8, big-endian on powerpc.
        assertArrayEquals(new byte[] {0x11, 0x22, 0x33, 0x44}, slice(buf, 0, 4));
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, slice(buf, 8, 8));
        assertEquals(0x0102030405060708L, KvmBook3e206TlbEntryLayout.PPC32.getMas2(buf, 0));
        assertEquals(ByteOrder.LITTLE_ENDIAN, buf.order(), "the buffer's order is untouched");
    }

    @Test
    void tlbEntryWritesLittleEndianOnX86_64() {
        ByteBuffer buf = ByteBuffer.allocate(24).order(ByteOrder.BIG_ENDIAN);
        KvmBook3e206TlbEntryLayout.X86_64.setMas8(buf, 0, 0x11223344);
        KvmBook3e206TlbEntryLayout.X86_64.setMas73(buf, 0, 0x0102030405060708L);
        assertArrayEquals(new byte[] {0x44, 0x33, 0x22, 0x11}, slice(buf, 0, 4));
        assertArrayEquals(new byte[] {8, 7, 6, 5, 4, 3, 2, 1}, slice(buf, 16, 8));
    }

    @Test
    void dirtyTlbTailPaddingIsZeroedOnX86_64AndAbsentOnI386() {
        ByteBuffer wide = filled(16);
        KvmDirtyTlb value = new KvmDirtyTlb(0x7fff_0000_1000L, 1088);
        KvmDirtyTlbLayout.X86_64.write(wide, 0, value);
        assertArrayEquals(new byte[4], slice(wide, 12, 4), "x86_64 tail padding");
        assertEquals(value, KvmDirtyTlbLayout.X86_64.read(wide, 0));

        ByteBuffer narrow = filled(12);
        KvmDirtyTlbLayout.I386.write(narrow, 0, value);
        assertEquals(value, KvmDirtyTlbLayout.I386.read(narrow, 0));
        assertThrows(IndexOutOfBoundsException.class,
                () -> KvmDirtyTlbLayout.X86_64.write(narrow, 0, value),
                "a 12-byte buffer is too small for the x86_64 layout");
    }

    @Test
    void paramsAndEnableCapArraysRoundTripOnEveryAbi() {
        int[] sizes = {512, 64, 0, 0};
        int[] ways = {4, 64, 0, 0};
        long[] args = {0xdead_beef_0000L, 1, 2, -1};
        byte[] pad = new byte[64];
        pad[63] = 0x5a;
        for (Abi abi : Abi.values()) {
            KvmBook3e206TlbParamsLayout params = KvmBook3e206TlbParamsLayout.of(abi);
            ByteBuffer buf = filled(params.size());
            params.write(buf, 0, new KvmBook3e206TlbParams(sizes, ways, new int[8]));
            KvmBook3e206TlbParams back = params.read(buf, 0);
            assertArrayEquals(sizes, back.tlbSizes(), abi.name());
            assertArrayEquals(ways, back.tlbWays(), abi.name());
            assertEquals(64, params.getTlbWays(buf, 0, 1), abi.name());

            KvmEnableCapLayout cap = KvmEnableCapLayout.of(abi);
            ByteBuffer capBuf = filled(cap.size());
            cap.write(capBuf, 0, new KvmEnableCap(69, 0, args, pad));
            KvmEnableCap capBack = cap.read(capBuf, 0);
            assertEquals(69, capBack.cap(), abi.name());
            assertArrayEquals(args, capBack.args(), abi.name());
            assertArrayEquals(pad, capBack.pad(), abi.name());
        }
    }

    @Test
    void indexedAccessAcrossAFullE6500Array() {
        int entries = 1024 + 64;
        KvmBook3e206TlbEntryLayout e = KvmBook3e206TlbEntryLayout.PPC32;
        ByteBuffer array = ByteBuffer.allocateDirect(entries * KvmBook3e206TlbEntryLayout.PPC32.size());
        long expected = 0;
        for (int i = 0; i < entries; i++) {
            e.setMas2(array, e.elementOffset(0, i), (long) i << 12);
            expected += (long) i << 12;
        }
        long sum = 0;
        for (int i = 0; i < entries; i++) {
            sum += e.getMas2(array, e.elementOffset(0, i));
        }
        assertEquals(expected, sum);
        assertThrows(IndexOutOfBoundsException.class,
                () -> e.getMas2(array, e.elementOffset(0, entries)));
    }

    private static ByteBuffer filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0xAA);
        return ByteBuffer.wrap(bytes);
    }

    private static byte[] slice(ByteBuffer buf, int offset, int length) {
        byte[] out = new byte[length];
        buf.get(offset, out);
        return out;
    }
}
