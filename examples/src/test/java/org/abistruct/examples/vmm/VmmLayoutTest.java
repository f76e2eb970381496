package org.abistruct.examples.vmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.testing.CProbe;
import org.abistruct.testing.CompileResult;
import org.abistruct.testing.CrossCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VMM's structs and commands against {@code linux/kvm.h} of the x86 ABIs' kernel headers:
 * sizes, every member's offset ({@code kvm_run}'s, its exit union's members and those of
 * {@code io} among them), and every ioctl number, by GCC; and {@code kvm_run}'s header, in
 * assert-only mode after the kernel's, where its tagless members are asserted by path.
 */
class VmmLayoutTest {
    private static final Set<Abi> X86 = EnumSet.of(Abi.X86_64, Abi.I386, Abi.X32);
    private static final Map<String, List<String>> MEMBERS = new LinkedHashMap<>();
    private static final List<String> COMMANDS = List.of("KVM_CREATE_VM",
            "KVM_GET_VCPU_MMAP_SIZE", "KVM_CREATE_VCPU", "KVM_RUN", "KVM_SET_USER_MEMORY_REGION",
            "KVM_GET_REGS", "KVM_SET_REGS", "KVM_GET_SREGS", "KVM_SET_SREGS");

    static {
        MEMBERS.put("kvm_userspace_memory_region", List.of("slot", "flags", "guest_phys_addr",
                "memory_size", "userspace_addr"));
        MEMBERS.put("kvm_regs", List.of("rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rsp", "rbp",
                "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15", "rip", "rflags"));
        MEMBERS.put("kvm_segment", List.of("base", "limit", "selector", "type", "present", "dpl",
                "db", "s", "l", "g", "avl", "unusable", "padding"));
        MEMBERS.put("kvm_dtable", List.of("base", "limit", "padding"));
        MEMBERS.put("kvm_sregs", List.of("cs", "ds", "es", "fs", "gs", "ss", "tr", "ldt", "gdt",
                "idt", "cr0", "cr2", "cr3", "cr4", "cr8", "efer", "apic_base",
                "interrupt_bitmap"));
    }

    private static Map<Abi, Map<String, Long>> gcc;

    @BeforeAll
    static void probe() {
        CProbe probe = new CProbe("#include <linux/kvm.h>\n").ownHeadersOnly();
        MEMBERS.forEach((struct, members) -> {
            probe.add(struct, "sizeof(struct " + struct + ")");
            members.forEach(m -> probe.add(struct + "." + m,
                    "__builtin_offsetof(struct " + struct + ", " + m + ")"));
        });
        probe.add("kvm_run", "sizeof(struct kvm_run)");
        for (String m : List.of("exit_reason", "ready_for_interrupt_injection", "if_flag",
                "flags", "cr8", "apic_base", "io", "io.direction", "io.size", "io.port",
                "io.count", "io.data_offset", "mmio", "hypercall", "internal", "system_event",
                "msr", "notify", "padding", "kvm_valid_regs", "kvm_dirty_regs", "s")) {
            probe.add("kvm_run." + m, "__builtin_offsetof(struct kvm_run, " + m + ")");
        }
        for (String command : COMMANDS) {
            probe.add(command + ".lo", "((" + command + ") & 0xffff)");
            probe.add(command + ".hi", "((" + command + ") >> 16)");
        }
        gcc = probe.runAll(X86);
    }

    @Test
    void structsAreTheKernelsOnTheX86Abis() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Abi abi : X86) {
            Map<String, AbiLayout> layouts = Map.of(
                    "kvm_userspace_memory_region", KvmUserspaceMemoryRegionLayout.of(abi),
                    "kvm_regs", KvmRegsLayout.of(abi),
                    "kvm_segment", KvmSregs_SegmentLayout.of(abi),
                    "kvm_dtable", KvmSregs_DtableLayout.of(abi),
                    "kvm_sregs", KvmSregsLayout.of(abi));
            Map<String, Long> facts = gcc.get(abi);
            for (Map.Entry<String, List<String>> struct : MEMBERS.entrySet()) {
                AbiLayout layout = layouts.get(struct.getKey());
                compared++;
                if (facts.get(struct.getKey()) != layout.size()) {
                    mismatches.add(struct.getKey() + " on " + abi + ": size");
                }
                for (String member : struct.getValue()) {
                    compared++;
                    if (facts.get(struct.getKey() + "." + member)
                            != (long) layout.offsets().get(member)) {
                        mismatches.add(struct.getKey() + "." + member + " on " + abi);
                    }
                }
            }
            KvmRunLayout run = KvmRunLayout.of(abi);
            Map<String, Integer> head = run.offsets();
            Map<String, Integer> io = run.ioLayout().offsets();
            compared++;
            if (facts.get("kvm_run") != run.size()) {
                mismatches.add("kvm_run on " + abi + ": size");
            }
            for (String m : List.of("exit_reason", "ready_for_interrupt_injection", "if_flag",
                    "flags", "cr8", "apic_base", "io", "mmio", "hypercall", "internal",
                    "system_event", "msr", "notify", "padding", "kvm_valid_regs",
                    "kvm_dirty_regs", "s")) {
                compared++;
                if (facts.get("kvm_run." + m) != (long) head.get(m)) {
                    mismatches.add("kvm_run." + m + " on " + abi);
                }
            }
            for (String m : List.of("direction", "size", "port", "count", "data_offset")) {
                compared++;
                if (facts.get("kvm_run.io." + m) != (long) (run.ioOffset() + io.get(m))) {
                    mismatches.add("kvm_run.io." + m + " on " + abi);
                }
            }
        }
        System.out.printf("VMM structs: %d numbers compared with GCC on x86, %d mismatches%n",
                compared, mismatches.size());
        assertEquals(List.of(), mismatches);
    }

    @Test
    void kvmRunsHeaderHoldsAfterTheKernelsOnTheX86Abis() throws URISyntaxException {
        URL header = VmmLayoutTest.class.getClassLoader().getResource("abistruct/kvm_run.h");
        assertNotNull(header, "abistruct/kvm_run.h is not on the class path");
        Path root = Path.of(header.toURI()).getParent().getParent();
        String source = "#include <linux/kvm.h>\n#define ABISTRUCT_ASSERT_ONLY\n"
                + "#include \"abistruct/kvm_run.h\"\n";
        for (Abi abi : X86) {
            CrossCompiler compiler = CrossCompiler.require(abi);
            List<String> arguments = new ArrayList<>(List.of("-std=c11", "-fsyntax-only",
                    "-Wall", "-Werror", "-I" + root));
            arguments.addAll(compiler.ownHeaderFlags());
            CompileResult result = compiler.run(arguments, source);
            assertTrue(result.ok(), abi + ": " + result.stderr());
        }
        String text = read(root.resolve("abistruct/kvm_run.h"));
        assertTrue(text.contains("offsetof(struct kvm_run, io.port)"), "io.port is asserted");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void commandNumbersAreTheKernelsOnTheX86Abis() {
        for (Abi abi : X86) {
            Map<String, Integer> generated = Map.of(
                    "KVM_CREATE_VM", KvmVmIoctls.kvmCreateVm(abi),
                    "KVM_GET_VCPU_MMAP_SIZE", KvmVmIoctls.kvmGetVcpuMmapSize(abi),
                    "KVM_CREATE_VCPU", KvmVmIoctls.kvmCreateVcpu(abi),
                    "KVM_RUN", KvmVmIoctls.kvmRun(abi),
                    "KVM_SET_USER_MEMORY_REGION",
                    KvmUserspaceMemoryRegionLayout.of(abi).kvmSetUserMemoryRegion(),
                    "KVM_GET_REGS", KvmRegsLayout.of(abi).kvmGetRegs(),
                    "KVM_SET_REGS", KvmRegsLayout.of(abi).kvmSetRegs(),
                    "KVM_GET_SREGS", KvmSregsLayout.of(abi).kvmGetSregs(),
                    "KVM_SET_SREGS", KvmSregsLayout.of(abi).kvmSetSregs());
            for (String command : COMMANDS) {
                long expected = gcc.get(abi).get(command + ".hi") << 16
                        | gcc.get(abi).get(command + ".lo");
                assertEquals(expected, Integer.toUnsignedLong(generated.get(command)),
                        command + " on " + abi);
            }
        }
    }
}
