package org.abistruct.examples.kvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.abistruct.Abi;
import org.junit.jupiter.api.Test;

/**
 * The generated compat converters of {@code struct kvm_dirty_tlb}, declared
 * {@code compat = GENERATE}: 12 bytes for i386 user space and 16 for the x86_64 kernel (GCC 12,
 * the reference table), but 16 on both powerpc ABIs, where {@code __u64} is 8-aligned, so that
 * pair is a plain copy. Destination buffers start filled with garbage.
 */
class KvmDirtyTlbCompatTest {
    private static final byte GARBAGE = (byte) 0xa5;

    @Test
    void i386ToX86_64WidensByTailPaddingAndZeroesIt() {
        ByteBuffer user = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN);
        KvmDirtyTlb tlb = new KvmDirtyTlb(0x1122334455667788L, 576);
        KvmDirtyTlbLayout.I386.write(user, 0, tlb);
        ByteBuffer kernel = garbage(16);

        KvmDirtyTlbCompat.i386ToX86_64(user, 0, kernel, 0);

        assertEquals(tlb, KvmDirtyTlbLayout.X86_64.read(kernel, 0));
        // little-endian bitmap, num_dirty at 8, then 4 bytes of tail padding
        assertArrayEquals(new byte[] {(byte) 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11,
                0x40, 0x02, 0, 0, 0, 0, 0, 0}, kernel.array());
    }

    @Test
    void x86_64ToI386DropsThePadding() {
        ByteBuffer kernel = garbage(16);
        KvmDirtyTlb tlb = new KvmDirtyTlb(-2L, 3);
        KvmDirtyTlbLayout.X86_64.setBitmap(kernel, 0, tlb.bitmap());
        KvmDirtyTlbLayout.X86_64.setNumDirty(kernel, 0, tlb.numDirty());
        ByteBuffer user = garbage(12);

        KvmDirtyTlbCompat.x86_64ToI386(kernel, 0, user, 0);

        assertEquals(tlb, KvmDirtyTlbLayout.I386.read(user, 0));
        assertArrayEquals(Arrays.copyOf(kernel.array(), 12), user.array());
    }

    @Test
    void arraysConvertElementByElementAtTheirOwnStrides() {
        int count = 3;
        ByteBuffer user = ByteBuffer.allocate(4 + count * 12);
        for (int i = 0; i < count; i++) {
            KvmDirtyTlbLayout.I386.write(user, KvmDirtyTlbLayout.I386.elementOffset(4, i),
                    new KvmDirtyTlb(0x1000L * (i + 1), i + 7));
        }
        ByteBuffer kernel = garbage(8 + count * 16);
        KvmDirtyTlbCompat.i386ToX86_64(user, 4, kernel, 8, count);
        for (int i = 0; i < count; i++) {
            int at = KvmDirtyTlbLayout.X86_64.elementOffset(8, i);
            assertEquals(new KvmDirtyTlb(0x1000L * (i + 1), i + 7),
                    KvmDirtyTlbLayout.X86_64.read(kernel, at));
            assertEquals(0, kernel.getInt(at + 12), "tail padding of element " + i);
        }
        ByteBuffer back = garbage(4 + count * 12);
        KvmDirtyTlbCompat.x86_64ToI386(kernel, 8, back, 4, count);
        assertArrayEquals(Arrays.copyOfRange(user.array(), 4, 4 + count * 12),
                Arrays.copyOfRange(back.array(), 4, 4 + count * 12));
    }

    @Test
    void ppc32ToPpc64IsABulkCopyInBigEndian() {
        ByteBuffer user = garbage(16);
        KvmDirtyTlb tlb = new KvmDirtyTlb(0x0102030405060708L, 0x0a0b0c0d);
        KvmDirtyTlbLayout.PPC32.setBitmap(user, 0, tlb.bitmap());
        KvmDirtyTlbLayout.PPC32.setNumDirty(user, 0, tlb.numDirty());
        ByteBuffer kernel = ByteBuffer.allocate(16);

        KvmDirtyTlbCompat.convert(Abi.PPC32, Abi.PPC64, user, 0, kernel, 0);

        assertEquals(tlb, KvmDirtyTlbLayout.PPC64.read(kernel, 0));
        // every byte as it was, the padding's garbage included: a copy, not a conversion
        assertArrayEquals(user.array(), kernel.array());
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 0x0a, 0x0b, 0x0c, 0x0d},
                Arrays.copyOf(kernel.array(), 12));
        ByteBuffer back = ByteBuffer.allocate(16);
        KvmDirtyTlbCompat.convert(Abi.PPC64, Abi.PPC32, kernel, 0, back, 0, 1);
        assertArrayEquals(user.array(), back.array());
    }

    @Test
    void tooSmallBuffersThrowBeforeWriting() {
        ByteBuffer user = ByteBuffer.allocate(12);
        ByteBuffer kernel = garbage(15);
        assertThrows(IndexOutOfBoundsException.class,
                () -> KvmDirtyTlbCompat.i386ToX86_64(user, 0, kernel, 0));
        assertArrayEquals(garbage(15).array(), kernel.array());
        assertThrows(IndexOutOfBoundsException.class,
                () -> KvmDirtyTlbCompat.i386ToX86_64(user, 0, garbage(32), 0, 2));
    }

    @Test
    void compatReportNamesEachPair() {
        String report = KvmDirtyTlbLayout.of(org.abistruct.Abi.M68K).compatReport();
        assertTrue(report.contains("I386 -> X86_64: differs, size 12 vs 16"), report);
        assertTrue(report.contains("PPC32 -> PPC64: identical"), report);
        assertTrue(report.contains("ARM -> AARCH64: identical"), report);
        // kvm_config_tlb: 24 bytes everywhere, but i386 4-aligns its __u64 members
        String config = KvmConfigTlbLayout.of(org.abistruct.Abi.I386).compatReport();
        assertTrue(config.contains("I386 -> X86_64: same bytes, alignment 4 vs 8"), config);
        assertTrue(config.contains("PPC32 -> PPC64: identical"), config);
    }

    private static ByteBuffer garbage(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, GARBAGE);
        return ByteBuffer.wrap(bytes);
    }
}
