package org.abistruct.examples.kvm;

import static org.abistruct.examples.kvm.KernelHeaders.HAVE_BOOK3E;
import static org.abistruct.examples.kvm.KernelHeaders.HAVE_KVM_H;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated layouts of the e500/KVM structs against GCC compiling each ABI's real kernel
 * headers. Where an ABI's headers lack a struct (no {@code linux/kvm.h} on arm, m68k, sparc64
 * and sh4; the book3e structs exist only in powerpc's {@code asm/kvm.h}), GCC compiles the
 * mainline definitions instead, so a compiler still judges every ABI.
 */
class KernelHeaderLayoutTest {
    private static final String PRELUDE = """
            #include <stddef.h>
            #if __has_include(<linux/kvm.h>)
            #include <linux/kvm.h>
            #define ABISTRUCT_KVM_H 1
            #else
            #include <linux/types.h>
            #define ABISTRUCT_KVM_H 0
            struct kvm_config_tlb { __u64 params; __u64 array; __u32 mmu_type; __u32 array_len; };
            struct kvm_dirty_tlb { __u64 bitmap; __u32 num_dirty; };
            struct kvm_enable_cap { __u32 cap; __u32 flags; __u64 args[4]; __u8 pad[64]; };
            #endif
            #if defined(__powerpc__)
            #define ABISTRUCT_BOOK3E 1
            #else
            #define ABISTRUCT_BOOK3E 0
            struct kvm_book3e_206_tlb_entry { __u32 mas8; __u32 mas1; __u64 mas2; __u64 mas7_3; };
            struct kvm_book3e_206_tlb_params {
                __u32 tlb_sizes[4]; __u32 tlb_ways[4]; __u32 reserved[8];
            };
            #endif
            """;

    /** A struct: its C tag, its generated layouts, and its members. */
    private record Case(String cName, Function<Abi, AbiLayout> layouts, List<String> members) {}

    private static final List<Case> CASES = List.of(
            new Case("kvm_config_tlb", KvmConfigTlbLayout::of,
                    List.of("params", "array", "mmu_type", "array_len")),
            new Case("kvm_dirty_tlb", KvmDirtyTlbLayout::of, List.of("bitmap", "num_dirty")),
            new Case("kvm_book3e_206_tlb_entry", KvmBook3e206TlbEntryLayout::of,
                    List.of("mas8", "mas1", "mas2", "mas7_3")),
            new Case("kvm_book3e_206_tlb_params", KvmBook3e206TlbParamsLayout::of,
                    List.of("tlb_sizes", "tlb_ways", "reserved")),
            new Case("kvm_enable_cap", KvmEnableCapLayout::of, List.of("cap", "flags", "args", "pad")));

    private static Map<Abi, Map<String, Long>> gcc;

    @BeforeAll
    static void probe() {
        CProbe probe = new CProbe(PRELUDE).freestanding(false).ownHeadersOnly();
        probe.add("have_kvm_h", "ABISTRUCT_KVM_H").add("have_book3e", "ABISTRUCT_BOOK3E");
        for (Case c : CASES) {
            String type = "struct " + c.cName();
            probe.add(c.cName() + ".size", "sizeof(" + type + ")");
            probe.add(c.cName() + ".align", "_Alignof(" + type + ")");
            for (String member : c.members()) {
                probe.add(c.cName() + "." + member, "offsetof(" + type + ", " + member + ")");
            }
        }
        gcc = probe.runAll(EnumSet.allOf(Abi.class));
    }

    @Test
    void realHeadersAreThereWhereTheyShouldBe() {
        for (Abi abi : Abi.values()) {
            assertEquals(HAVE_KVM_H.contains(abi) ? 1L : 0L, gcc.get(abi).get("have_kvm_h"),
                    abi + ": linux/kvm.h presence (run scripts/install-compilers.sh)");
            assertEquals(HAVE_BOOK3E.contains(abi) ? 1L : 0L, gcc.get(abi).get("have_book3e"),
                    abi + ": book3e structs from asm/kvm.h");
        }
    }

    @Test
    void generatedLayoutsMatchGccOnEveryAbi() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Case c : CASES) {
            for (Abi abi : Abi.values()) {
                AbiLayout layout = c.layouts().apply(abi);
                Map<String, Long> facts = gcc.get(abi);
                assertEquals(c.members(), List.copyOf(layout.offsets().keySet()), c.cName());
                compared += compare(mismatches, c.cName() + " " + abi + " size",
                        facts.get(c.cName() + ".size"), layout.size());
                compared += compare(mismatches, c.cName() + " " + abi + " alignment",
                        facts.get(c.cName() + ".align"), layout.alignment());
                for (String member : c.members()) {
                    compared += compare(mismatches, c.cName() + " " + abi + " " + member,
                            facts.get(c.cName() + "." + member), layout.offsets().get(member));
                }
            }
        }
        System.out.printf("e500/KVM structs: %d numbers compared with GCC on %d ABIs,"
                + " %d mismatches%n", compared, Abi.values().length, mismatches.size());
        assertEquals(List.of(), mismatches);
    }

    private static int compare(List<String> mismatches, String what, long gccValue, int ours) {
        if (gccValue != ours) {
            mismatches.add(what + ": GCC " + gccValue + ", generated " + ours);
        }
        return 1;
    }
}
