package org.abistruct.examples.kvm;

import static org.abistruct.examples.kvm.KernelHeaders.HAVE_KVM_H;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.abistruct.Abi;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated ioctl numbers on every ABI against the values GCC computes from the real
 * kernel headers. Where an ABI has no {@code linux/kvm.h}, the macros are built from that
 * ABI's own {@code <asm/ioctl.h>} and the mainline struct definitions. Each number is probed in
 * two 16-bit halves, since a probe's value is the size of an array.
 */
class IoctlNumberTest {
    private static final String PRELUDE = """
            #if __has_include(<linux/kvm.h>)
            #include <linux/kvm.h>
            #define ABISTRUCT_KVM_H 1
            #else
            #include <linux/types.h>
            #include <asm/ioctl.h>
            #define ABISTRUCT_KVM_H 0
            struct kvm_dirty_tlb { __u64 bitmap; __u32 num_dirty; };
            struct kvm_enable_cap { __u32 cap; __u32 flags; __u64 args[4]; __u8 pad[64]; };
            #define KVMIO 0xAE
            #define KVM_GET_API_VERSION _IO(KVMIO, 0x00)
            #define KVM_RUN _IO(KVMIO, 0x80)
            #define KVM_ENABLE_CAP _IOW(KVMIO, 0xa3, struct kvm_enable_cap)
            #define KVM_DIRTY_TLB _IOW(KVMIO, 0xaa, struct kvm_dirty_tlb)
            #endif
            """;

    /** A command: its macro and how the generated code gives its number under an ABI. */
    private record Command(String macro, ToIntFunction<Abi> generated) {}

    private static final List<Command> COMMANDS = List.of(
            new Command("KVM_DIRTY_TLB", abi -> KvmDirtyTlbLayout.of(abi).kvmDirtyTlb()),
            new Command("KVM_ENABLE_CAP", abi -> KvmEnableCapLayout.of(abi).kvmEnableCap()),
            new Command("KVM_RUN", KvmIoctls::kvmRun),
            new Command("KVM_GET_API_VERSION", KvmIoctls::kvmGetApiVersion));

    private static Map<Abi, Map<String, Long>> gcc;

    @BeforeAll
    static void probe() {
        CProbe probe = new CProbe(PRELUDE).ownHeadersOnly().add("have_kvm_h", "ABISTRUCT_KVM_H");
        for (Command command : COMMANDS) {
            probe.add(command.macro() + ".lo", "((" + command.macro() + ") & 0xffff)");
            probe.add(command.macro() + ".hi", "((" + command.macro() + ") >> 16)");
        }
        gcc = probe.runAll(EnumSet.allOf(Abi.class));
    }

    @Test
    void theRealKernelHeadersAreUsedWhereTheyExist() {
        for (Abi abi : Abi.values()) {
            assertEquals(HAVE_KVM_H.contains(abi) ? 1L : 0L, gcc.get(abi).get("have_kvm_h"),
                    abi + ": linux/kvm.h presence");
        }
    }

    @Test
    void generatedNumbersMatchGccOnEveryAbi() {
        List<String> mismatches = new ArrayList<>();
        for (Command command : COMMANDS) {
            for (Abi abi : Abi.values()) {
                Map<String, Long> facts = gcc.get(abi);
                long expected = facts.get(command.macro() + ".hi") << 16
                        | facts.get(command.macro() + ".lo");
                long actual = Integer.toUnsignedLong(command.generated().applyAsInt(abi));
                if (expected != actual) {
                    mismatches.add(String.format("%s on %s: GCC 0x%08x, generated 0x%08x",
                            command.macro(), abi, expected, actual));
                }
            }
        }
        System.out.printf("ioctl numbers: %d compared with GCC on %d ABIs, %d mismatches%n",
                COMMANDS.size() * Abi.values().length, Abi.values().length, mismatches.size());
        assertEquals(List.of(), mismatches);
    }

    /** The numbers the e500 shared-TLB reference lists, as documentation. */
    @Test
    void knownNumbers() {
        assertEquals(0x8010AEAA, KvmDirtyTlbLayout.PPC32.kvmDirtyTlb());
        assertEquals(0x8010AEAA, KvmDirtyTlbLayout.PPC64.kvmDirtyTlb());
        assertEquals(0x4010AEAA, KvmDirtyTlbLayout.X86_64.kvmDirtyTlb());
        assertEquals(0x400CAEAA, KvmDirtyTlbLayout.I386.kvmDirtyTlb());
        assertEquals(0x400CAEAA, KvmDirtyTlbLayout.M68K.kvmDirtyTlb());
        assertEquals(0x8068AEA3, KvmEnableCapLayout.PPC64.kvmEnableCap());
        assertEquals(0x4068AEA3, KvmEnableCapLayout.X86_64.kvmEnableCap());
        assertEquals(0x4068AEA3, KvmEnableCapLayout.I386.kvmEnableCap());
    }
}
