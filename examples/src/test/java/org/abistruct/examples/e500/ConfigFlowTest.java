package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmConfigTlbLayout;
import org.abistruct.examples.kvm.KvmEnableCapLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * KVM_CAP_SW_TLB configured end to end for the real cores, in a big-endian pair (32-bit
 * powerpc user space on a 64-bit kernel, the real e500) and little-endian pairs. Expected
 * numbers are the reference facts: array_len per core, geometry per core, and the reference
 * offsets (kvm_enable_cap: cap 0, flags 4, args 8; kvm_config_tlb: params 0, array 8, mmu_type
 * 16, array_len 20; params: tlb_sizes 0, tlb_ways 16), read back from memory by hand.
 */
class ConfigFlowTest {

    static List<Arguments> coresPairsModes() {
        Object[][] cores = {
            {FreescaleCore.E500V2, 12_672L, 512L, 4L, 128L, 16L},
            {FreescaleCore.E500MC, 13_824L, 512L, 4L, 128L, 64L},
            {FreescaleCore.E5500, 13_824L, 512L, 4L, 128L, 64L},
            {FreescaleCore.E6500, 26_112L, 1024L, 8L, 128L, 64L}};
        Abi[][] pairs = {{Abi.PPC32, Abi.PPC64}, {Abi.PPC64LE, Abi.PPC64LE}, {Abi.X86_64, Abi.X86_64}};
        List<Arguments> out = new ArrayList<>();
        for (Object[] core : cores) {
            for (Abi[] pair : pairs) {
                for (CheckMode mode : CheckMode.values()) {
                    out.add(Arguments.of(core[0], pair[0], pair[1], mode, core[1],
                            new TlbGeometry((long) core[2], (long) core[3], (long) core[4], (long) core[5])));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}->{2} {3}")
    @MethodSource("coresPairsModes")
    void theKernelAcceptsWhatUserSpaceLaidOut(FreescaleCore core, Abi userAbi, Abi kernelAbi,
            CheckMode mode, long arrayLen, TlbGeometry geometry) {
        Flow flow = new Flow(userAbi, kernelAbi, core, mode, Integer.MAX_VALUE);
        RegionLayout at = flow.user.addresses();
        assertEquals(arrayLen, at.arrayLen());

        ByteOrder order = userAbi.byteOrder();
        ByteBuffer cap = flow.at(at.cap(), order);
        assertEquals(69, cap.getInt(0), "cap");
        assertEquals(0, cap.getInt(4), "flags");
        assertEquals(at.config(), cap.getLong(8), "args[0]");
        ByteBuffer config = flow.at(at.config(), order);
        assertEquals(at.params(), config.getLong(0));
        assertEquals(at.array(), config.getLong(8));
        assertEquals(0, config.getInt(16), "KVM_MMU_FSL_BOOKE_NOHV");
        assertEquals(arrayLen, config.getInt(20));
        ByteBuffer params = flow.at(at.params(), order);
        assertEquals(geometry.tlb0Entries(), params.getInt(0));
        assertEquals(geometry.tlb1Entries(), params.getInt(4));
        assertEquals(geometry.tlb0Ways(), params.getInt(16));
        assertEquals(geometry.tlb1Entries(), params.getInt(20));

        AcceptedConfig accepted = flow.user.enableCap();
        assertEquals(new AcceptedConfig(geometry, at.params(), at.array(), arrayLen, 24), accepted);
        assertTrue(at.array() >= Flow.BASE && at.array() % 8 == 0, "the array is 8-aligned");
        assertEquals(1, flow.vcpu.shadow().flushes(), "configuring flushes the kernel's mappings");
    }

    @Test
    void bigEndianUserSpaceWritesMostSignificantByteFirst() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500V2);
        ByteBuffer cap = flow.at(flow.user.addresses().cap(), ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x4500_0000, cap.getInt(0), "69 stored as 00 00 00 45");
        Flow little = new Flow(Abi.PPC64LE, Abi.PPC64LE, FreescaleCore.E500V2);
        assertEquals(69, little.at(little.user.addresses().cap(), ByteOrder.LITTLE_ENDIAN).getInt(0));
    }

    @Test
    void flagsMustBeZero() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500MC);
        KvmEnableCapLayout.of(Abi.PPC32).setFlags(flow.memory.buffer(), offset(flow, flow.user.addresses().cap()), 1);
        assertErrno(IoctlFailure.Errno.EINVAL, "flags must be 0", flow);
    }

    @Test
    void onlyKvmCapSwTlbIsEnabledHere() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500MC);
        KvmEnableCapLayout.of(Abi.PPC32).setCap(flow.memory.buffer(), offset(flow, flow.user.addresses().cap()), 70);
        assertErrno(IoctlFailure.Errno.EINVAL, "capability 70 is not KVM_CAP_SW_TLB (69)", flow);
    }

    @Test
    void anArrayLenOneByteShortIsRejectedInBothModes() {
        for (CheckMode mode : CheckMode.values()) {
            Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E6500, mode, 8);
            KvmConfigTlbLayout.of(Abi.PPC32).setArrayLen(flow.memory.buffer(),
                    offset(flow, flow.user.addresses().config()), 26_111);
            assertErrno(IoctlFailure.Errno.EINVAL, "array_len", flow);
        }
    }

    @Test
    void documentedModeRejectsWhatTheKernelLetsThrough() {
        // TLB0 of 1024 entries in 32 ways: the kernel never checks the 2-16 range of the ways.
        for (CheckMode mode : CheckMode.values()) {
            Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E6500, mode, 8);
            ByteBuffer params = flow.at(flow.user.addresses().params(), ByteOrder.BIG_ENDIAN);
            params.putInt(16, 32);
            if (mode == CheckMode.DOCUMENTED) {
                assertErrno(IoctlFailure.Errno.EINVAL, "TLB0_WAYS", flow);
            } else {
                assertEquals(32, flow.user.enableCap().geometry().tlb0Ways());
            }
        }
    }

    @Test
    void anArrayOutsideUserMemoryFaults() {
        Flow flow = new Flow(Abi.PPC32, Abi.PPC64, FreescaleCore.E500V2);
        KvmConfigTlbLayout.of(Abi.PPC32).setArray(flow.memory.buffer(),
                offset(flow, flow.user.addresses().config()), flow.memory.end() - 100);
        assertErrno(IoctlFailure.Errno.EFAULT, "not inside user memory", flow);
        assertThrows(IoctlFailure.class, () -> flow.vcpu.enableCap(Abi.PPC32, Flow.BASE - 8));
    }

    private static int offset(Flow flow, long address) {
        return Math.toIntExact(address - Flow.BASE);
    }

    private static void assertErrno(IoctlFailure.Errno errno, String text, Flow flow) {
        IoctlFailure failure = assertThrows(IoctlFailure.class, flow.user::enableCap);
        assertEquals(errno, failure.errno());
        assertTrue(failure.getMessage().contains(text), failure.getMessage());
    }
}
