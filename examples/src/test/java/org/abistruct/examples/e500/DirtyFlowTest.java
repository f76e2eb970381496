package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * KVM_DIRTY_TLB end to end: user space changes entries, lays {@code kvm_dirty_tlb} (bitmap at
 * 0, num_dirty at 8) and the bitmap (one bit per entry, little-endian, whole 64-bit words) out
 * in its region, and the kernel reloads the dirty entries.
 */
class DirtyFlowTest {

    @ParameterizedTest
    @CsvSource({"PPC32, PPC64", "PPC64LE, PPC64LE", "X86_64, X86_64"})
    void theKernelReloadsExactlyTheChangedEntries(Abi userAbi, Abi kernelAbi) {
        Flow flow = new Flow(userAbi, kernelAbi, FreescaleCore.E500V2, CheckMode.DOCUMENTED, 8);
        flow.user.enableCap();
        KvmBook3e206TlbEntry tlb1 = new KvmBook3e206TlbEntry(0, 0x8000_0100, 0xC000_0000L, 0x3000L);
        flow.user.entries().setMas2(9, 0x9000);
        flow.user.entries().write(527, tlb1);
        assertEquals(List.of(9, 527), flow.user.changedEntries());

        DirtyOutcome outcome = flow.user.reportDirty();

        assertEquals(new DirtyOutcome.Reloaded(List.of(9, 527)), outcome);
        assertEquals(Map.of(9, new KvmBook3e206TlbEntry(0, 0, 0x9000, 0), 527, tlb1),
                flow.vcpu.shadow().loaded());
        RegionLayout at = flow.user.addresses();
        ByteBuffer dirty = flow.at(at.dirty(), userAbi.byteOrder());
        assertEquals(at.bitmap(), dirty.getLong(0));
        assertEquals(2, dirty.getInt(8));
        // e500v2: 528 entries, 9 words. Entry 9 is byte 1 bit 1; entry 527 is byte 65 bit 7.
        assertEquals(72, at.bitmapLen());
        ByteBuffer bitmap = flow.at(at.bitmap(), ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 72; i++) {
            int expected = i == 1 ? 0x02 : i == 65 ? 0x80 : 0;
            assertEquals(expected, bitmap.get(i) & 0xFF, "bitmap byte " + i);
        }
        assertTrue(flow.user.changedEntries().isEmpty(), "the marks are cleared once accepted");
    }

    @Test
    void markingEveryEntryAsQemuDoesFlushesPastTheThreshold() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E6500, CheckMode.KERNEL, 64);
        flow.user.enableCap();
        for (int i = 0; i < 1088; i++) {
            flow.user.entries().setMas8(i, 0);
        }
        assertEquals(new DirtyOutcome.FlushedAll(1088), flow.user.reportDirty());
        assertEquals(1088, flow.at(flow.user.addresses().dirty(), ByteOrder.BIG_ENDIAN).getInt(8));
        assertEquals(2, flow.vcpu.shadow().flushes(), "one at configuration, one now");
    }

    @Test
    void aNumDirtyThatLiesIsEinvalAndNothingIsReloaded() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500MC);
        flow.user.enableCap();
        RegionLayout at = flow.user.addresses();
        flow.at(at.bitmap(), ByteOrder.LITTLE_ENDIAN).put(0, (byte) 0x05);
        ByteBuffer dirty = flow.at(at.dirty(), ByteOrder.BIG_ENDIAN);
        dirty.putLong(0, at.bitmap());
        dirty.putInt(8, 3);
        IoctlFailure failure = assertThrows(IoctlFailure.class, () -> flow.vcpu.dirtyTlb(Abi.PPC32, at.dirty()));
        assertEquals(IoctlFailure.Errno.EINVAL, failure.errno());
        assertTrue(failure.getMessage().contains("num_dirty is 3, the bitmap has 2 bits set"), failure.getMessage());
        dirty.putInt(8, 2);
        assertEquals(new DirtyOutcome.Reloaded(List.of(0, 2)), flow.vcpu.dirtyTlb(Abi.PPC32, at.dirty()));
    }

    @Test
    void aRefusedReportKeepsTheMarks() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500MC);
        flow.user.enableCap();
        flow.user.entries().setMas1(4, 0);
        flow.vcpu.run(tlb -> assertThrows(IoctlFailure.class, flow.user::reportDirty));
        assertEquals(List.of(4), flow.user.changedEntries());
        assertEquals(new DirtyOutcome.Reloaded(List.of(4)), flow.user.reportDirty());
    }
}
