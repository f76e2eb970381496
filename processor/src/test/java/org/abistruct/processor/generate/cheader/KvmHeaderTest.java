package org.abistruct.processor.generate.cheader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.Ioctl;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.testing.CProbe;
import org.abistruct.testing.CompileResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headers of the e500 shared-TLB structs: strict on every ABI in both modes, and in
 * assert-only mode in agreement with the kernel's own {@code <linux/kvm.h>} wherever the cross
 * toolchain has it, struct layouts and ioctl numbers alike.
 */
class KvmHeaderTest {
    /** The ABIs whose kernel headers have KVM (an {@code asm/kvm.h}). */
    private static final Set<Abi> WITH_KVM = EnumSet.of(Abi.X86_64, Abi.I386, Abi.X32, Abi.PPC32,
            Abi.PPC64, Abi.PPC64LE, Abi.AARCH64, Abi.S390X, Abi.MIPS32, Abi.RISCV64, Abi.S390,
            Abi.MIPS_N32, Abi.MIPS64, Abi.RISCV32, Abi.MIPSEL);
    private static final Set<Abi> POWERPC = EnumSet.of(Abi.PPC32, Abi.PPC64, Abi.PPC64LE);
    private static final List<String> COMMON = List.of(
            "kvm_dirty_tlb", "kvm_enable_cap", "kvm_config_tlb");
    private static final List<String> BOOK3E = List.of(
            "kvm_book3e_206_tlb_entry", "kvm_book3e_206_tlb_params");

    @TempDir
    Path dir;

    private String writeAll(KvmDecls kvm) {
        CHeaders headers = new CHeaders(dir, kvm.lookup());
        StringBuilder includes = new StringBuilder();
        for (StructDecl decl : kvm.all()) {
            includes.append(headers.write(decl, kvm.ioctls(decl)));
        }
        return includes.toString();
    }

    private Map<Abi, CompileResult> compile(KvmDecls kvm, Set<Abi> abis, String source) {
        return new CHeaders(dir, kvm.lookup()).compile(abis, CHeaders.STRICT, source);
    }

    @Test
    void kernelHeadersHaveKvmExactlyWhereExpected() {
        CProbe probe = new CProbe("#if __has_include(<asm/kvm.h>)\n#define KVM 1\n#else\n"
                + "#define KVM 0\n#endif\n").add("kvm", "KVM");
        Map<Abi, Map<String, Long>> found = probe.runAll(EnumSet.allOf(Abi.class));
        for (Abi abi : Abi.values()) {
            assertEquals(WITH_KVM.contains(abi) ? 1L : 0L, found.get(abi).get("kvm"),
                    "asm/kvm.h under " + abi);
        }
    }

    @Test
    void normalModeIsStrictAndChecksIoctlMacrosOnEveryAbi() {
        KvmDecls kvm = new KvmDecls();
        String includes = writeAll(kvm);
        String source = "#include <asm/ioctl.h>\n"
                + "#define KVM_DIRTY_TLB _IOW(0xAE, 0xaa, struct kvm_dirty_tlb)\n"
                + "#define KVM_ENABLE_CAP _IOW(0xAE, 0xa3, struct kvm_enable_cap)\n"
                + includes + includes
                + "#define ABISTRUCT_ASSERT_ONLY\n" + includes
                + "unsigned int dirty(const struct kvm_dirty_tlb *d) { return d->num_dirty; }\n";
        Map<Abi, CompileResult> results = compile(kvm, EnumSet.allOf(Abi.class), source);
        assertEquals("", CHeaders.failures(results), source);
    }

    @Test
    void normalModeFailsOnAWrongIoctlMacro() {
        KvmDecls kvm = new KvmDecls();
        String source = "#include <asm/ioctl.h>\n"
                + "#define KVM_DIRTY_TLB _IOW(0xAE, 0xab, struct kvm_dirty_tlb)\n"
                + writeAll(kvm);
        Map<Abi, CompileResult> results = compile(kvm, EnumSet.allOf(Abi.class), source);
        for (Map.Entry<Abi, CompileResult> result : results.entrySet()) {
            assertFalse(result.getValue().ok(), result.getKey() + " accepted a wrong KVM_DIRTY_TLB");
            assertTrue(result.getValue().assertNames("KVM_DIRTY_TLB", result.getKey(), ""),
                    result.getValue().stderr());
        }
    }

    @Test
    void assertOnlyModeAgreesWithTheKernel() {
        KvmDecls kvm = new KvmDecls();
        writeAll(kvm);
        Set<Abi> others = EnumSet.copyOf(WITH_KVM);
        others.removeAll(POWERPC);
        assertEquals("", CHeaders.failures(compile(kvm, others, againstKernel(COMMON))));
        assertEquals("", CHeaders.failures(compile(kvm, POWERPC,
                againstKernel(concat(COMMON, BOOK3E)))));
    }

    @Test
    void assertOnlyModeFailsOnAWrongMemberType() {
        KvmDecls wrong = new KvmDecls(ScalarKind.UINT64);
        writeAll(wrong);
        Map<Abi, CompileResult> results = compile(wrong, WITH_KVM, againstKernel(COMMON));
        for (Abi abi : WITH_KVM) {
            CompileResult result = results.get(abi);
            assertFalse(result.ok(), abi + " accepted num_dirty as a uint64_t");
            assertTrue(result.assertNames("struct kvm_dirty_tlb", abi, ""), result.stderr());
        }
    }

    @Test
    void assertOnlyModeFailsOnAWrongIoctl() {
        KvmDecls wrong = new KvmDecls().withIoctls("kvm_enable_cap",
                new IoctlDecl("KVM_ENABLE_CAP", 0xAE, 0xa3, Ioctl.Dir.READ_WRITE));
        writeAll(wrong);
        Map<Abi, CompileResult> results = compile(wrong, WITH_KVM, againstKernel(COMMON));
        for (Abi abi : WITH_KVM) {
            CompileResult result = results.get(abi);
            assertFalse(result.ok(), abi + " accepted KVM_ENABLE_CAP as _IOWR");
            assertTrue(result.assertNames("KVM_ENABLE_CAP", abi, ""), result.stderr());
        }
    }

    /** Asserts the kernel's definitions; fails unless the kernel defines the ioctl macros. */
    private static String againstKernel(List<String> structs) {
        StringBuilder source = new StringBuilder("#include <linux/kvm.h>\n"
                + "#if !defined(KVM_DIRTY_TLB) || !defined(KVM_ENABLE_CAP)\n"
                + "#error \"the kernel header lacks the ioctls under test\"\n#endif\n"
                + "#define ABISTRUCT_ASSERT_ONLY\n");
        for (String name : structs) {
            source.append("#include \"abistruct/").append(name).append(".h\"\n");
        }
        return source.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
