package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmDirtyTlb;
import org.abistruct.examples.kvm.KvmDirtyTlbLayout;
import org.junit.jupiter.api.Test;

/**
 * i386 user space on an x86_64 kernel: the configuration structs cross unchanged, but
 * {@code kvm_dirty_tlb} is 12 bytes for i386 and 16 for x86_64 (reference facts), so the dirty
 * flow must fail loudly rather than let the kernel read it with its own layout.
 */
class AbiMismatchFlowTest {

    @Test
    void configurationCrossesButKvmDirtyTlbIsRefused() {
        Flow flow = new Flow(Abi.I386, Abi.X86_64, FreescaleCore.E500MC);
        assertEquals(13_824, flow.user.enableCap().arrayLen());
        flow.user.entries().setMas2(7, 0x7000);

        AbiMismatchException e = assertThrows(AbiMismatchException.class, flow.user::reportDirty);

        assertEquals("struct kvm_dirty_tlb is 12 bytes under I386 (user space) but 16 bytes under X86_64"
                + " (kernel): refusing to read it as X86_64, the call needs a compat handler", e.getMessage());
        assertTrue(flow.vcpu.shadow().loaded().isEmpty(), "the kernel reloaded nothing");
        assertEquals(List.of(7), flow.user.changedEntries(), "user space keeps its marks");
    }

    @Test
    void theSameFlowPassesWhenBothSidesAreX86_64() {
        Flow flow = new Flow(Abi.X86_64, Abi.X86_64, FreescaleCore.E500MC);
        flow.user.enableCap();
        flow.user.entries().setMas2(7, 0x7000);
        assertEquals(new DirtyOutcome.Reloaded(List.of(7)), flow.user.reportDirty());
    }

    /**
     * What the check prevents: the x86_64 kernel copying a 16-byte {@code kvm_dirty_tlb} where
     * i386 user space wrote 12. The member offsets happen to agree (bitmap 0, num_dirty 8 in both
     * generated layouts), so the hazard is in the 4 bytes past the caller's struct: the kernel
     * takes whatever user space keeps there as part of the argument, and a struct that ends
     * where the caller's memory ends faults although the call was valid.
     */
    @Test
    void withoutTheCheckTheKernelReadsBytesThatAreNotTheCallersStruct() {
        assertEquals(KvmDirtyTlbLayout.I386.numDirtyOffset(), KvmDirtyTlbLayout.X86_64.numDirtyOffset());
        assertNotEquals(KvmDirtyTlbLayout.I386.size(), KvmDirtyTlbLayout.X86_64.size());

        // i386 user space puts its request and, 4-aligned as i386 aligns a __u64, the next datum
        // right after it: 12 + 4 bytes.
        ByteBuffer user = ByteBuffer.allocate(16);
        KvmDirtyTlbLayout.I386.write(user, 0, new KvmDirtyTlb(0x0804_A000L, 3));
        user.order(ByteOrder.LITTLE_ENDIAN).putInt(12, 0xDEAD_BEEF);
        ByteBuffer kernelCopy = ByteBuffer.allocate(KvmDirtyTlbLayout.X86_64.size());
        kernelCopy.put(0, user, 0, KvmDirtyTlbLayout.X86_64.size());
        assertEquals(0xDEAD_BEEF, kernelCopy.order(ByteOrder.LITTLE_ENDIAN).getInt(12),
                "the kernel's argument holds 4 bytes of something else");

        // The same 12 bytes as the last thing in the caller's memory: a valid i386 call, yet the
        // x86_64 read of 16 bytes runs off the end (EFAULT in a real kernel).
        ByteBuffer tight = ByteBuffer.allocate(KvmDirtyTlbLayout.I386.size());
        KvmDirtyTlbLayout.I386.write(tight, 0, new KvmDirtyTlb(0x0804_A000L, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> KvmDirtyTlbLayout.X86_64.read(tight, 0));
    }
}
