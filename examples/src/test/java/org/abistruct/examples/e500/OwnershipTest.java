package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shared array belongs to the kernel during KVM_RUN and shows the guest TLB afterwards. */
class OwnershipTest {

    /** A global, valid 4 KiB mapping: V (0x80000000) and TSIZE 2 at bit 7 (0x100). */
    private static final int VALID_4K = 0x8000_0100;

    @ParameterizedTest
    @CsvSource({"PPC32, PPC64", "PPC64LE, PPC64LE"})
    void userAccessIsRefusedWhileKvmRunIsActive(Abi userAbi, Abi kernelAbi) {
        Flow flow = new Flow(userAbi, kernelAbi, FreescaleCore.E500MC);
        flow.user.enableCap();
        List<String> refusals = new ArrayList<>();
        flow.user.run(tlb -> {
            refusals.add(assertThrows(IllegalStateException.class, () -> flow.user.entries().mas1(0)).getMessage());
            refusals.add(assertThrows(IllegalStateException.class,
                    () -> flow.user.entries().setMas2(3, 0x5000)).getMessage());
            refusals.add(assertThrows(IllegalStateException.class,
                    () -> flow.user.translate(0x5000, 0, 0)).getMessage());
            assertEquals(IoctlFailure.Errno.EBUSY,
                    assertThrows(IoctlFailure.class, flow.user::reportDirty).errno());
            assertEquals(IoctlFailure.Errno.EBUSY,
                    assertThrows(IoctlFailure.class, flow.user::enableCap).errno());
            assertFalse(flow.vcpu.ownership().userOwns());
        });
        assertEquals(3, refusals.size());
        assertTrue(refusals.get(0).startsWith("user space may not read mas1 of entry 0 of the shared TLB"
                + " array: it belongs to the kernel while KVM_RUN is active"), refusals.get(0));
        assertTrue(refusals.get(1).contains("write mas2 of entry 3"), refusals.get(1));
        assertTrue(flow.vcpu.ownership().userOwns());
        assertEquals(0, flow.user.entries().mas2(3), "the refused write never happened");
        assertTrue(flow.user.changedEntries().isEmpty(), "nor was it marked dirty");
    }

    @ParameterizedTest
    @CsvSource({"PPC32, PPC64", "PPC64LE, PPC64LE", "X86_64, X86_64"})
    void afterKvmRunTheArrayShowsTheGuestTlb(Abi userAbi, Abi kernelAbi) {
        Flow flow = new Flow(userAbi, kernelAbi, FreescaleCore.E6500);
        flow.user.enableCap();
        // e6500 TLB0: 128 sets of 8 ways. 0x10003000 >> 12 = 0x10003, & 127 = set 3; way 5 is
        // entry 3 * 8 + 5 = 29. TLB1 starts at entry 1024.
        KvmBook3e206TlbEntry mapping = new KvmBook3e206TlbEntry(0, VALID_4K, 0x1000_3000L, 0x2_0000_5000L);
        KvmBook3e206TlbEntry[] guestTlb1 = new KvmBook3e206TlbEntry[1];
        flow.user.run(tlb -> {
            tlb.write(new EntrySlot(0, 3, 5), mapping);
            tlb.write(new EntrySlot(1, 0, 63), new KvmBook3e206TlbEntry(7, VALID_4K, 0xC000_0000L, 0x4000L));
            guestTlb1[0] = tlb.read(new EntrySlot(1, 0, 63));
        });
        assertEquals(mapping, flow.user.entries().read(29));
        assertEquals(0x4000L, flow.user.entries().mas73(1087));
        assertEquals(7, guestTlb1[0].mas8());
        ByteBuffer entry29 = flow.at(flow.user.addresses().array() + 29 * 24, userAbi.byteOrder());
        assertEquals(VALID_4K, entry29.getInt(4), "mas1 at 4 of entry 29, 29 x 24 bytes in");
        assertEquals(0x1000_3000L, entry29.getLong(8));
        assertEquals(0x2_0000_5ABCL, flow.user.translate(0x1000_3ABCL, 0, 7).single().physicalAddress());
        assertEquals(List.of(29, 1087), List.copyOf(flow.vcpu.shadow().loaded().keySet()));
        assertTrue(flow.user.changedEntries().isEmpty(), "guest writes are not user changes");
    }

    @Test
    void theGuestTlbIsGoneOnceKvmRunReturns() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500V2);
        flow.user.enableCap();
        GuestTlb[] kept = new GuestTlb[1];
        flow.user.run(tlb -> kept[0] = tlb);
        assertThrows(IllegalStateException.class, () -> kept[0].read(new EntrySlot(0, 0, 0)));
    }

    @Test
    void ownershipIsHandedBackWhenTheGuestFails() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500V2);
        flow.user.enableCap();
        assertThrows(ArithmeticException.class, () -> flow.user.run(tlb -> {
            throw new ArithmeticException("guest fault");
        }));
        assertTrue(flow.vcpu.ownership().userOwns());
        flow.user.entries().setMas1(0, VALID_4K);
    }

    @Test
    void kvmRunIsRefusedWhileChangesAreUnreported() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500V2);
        flow.user.enableCap();
        flow.user.entries().setMas2(5, 0x5000);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> flow.user.run(tlb -> { }));
        assertTrue(e.getMessage().contains("report them before KVM_RUN"), e.getMessage());
        flow.user.reportDirty();
        flow.user.run(tlb -> { });
    }

    @Test
    void kvmRunAndDirtyTlbNeedAConfiguration() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500V2);
        assertEquals(IoctlFailure.Errno.EINVAL,
                assertThrows(IoctlFailure.class, () -> flow.vcpu.run(tlb -> { })).errno());
        assertEquals(IoctlFailure.Errno.EINVAL,
                assertThrows(IoctlFailure.class, () -> flow.vcpu.dirtyTlb(Abi.PPC32, Flow.BASE)).errno());
        assertEquals(ByteOrder.BIG_ENDIAN, flow.user.abi().byteOrder());
    }
}
