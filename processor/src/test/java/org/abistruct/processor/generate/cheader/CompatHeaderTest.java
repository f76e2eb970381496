package org.abistruct.processor.generate.cheader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code struct compat_kvm_dirty_tlb} in the header of {@code kvm_dirty_tlb}: strict on every
 * ABI, and read back from GCC on x86_64, the kernel that compiles it, and on i686. The numbers
 * are the reference's: 12 bytes and KVM_DIRTY_TLB {@code 0x400CAEAA} for i386 user space.
 */
class CompatHeaderTest {
    @TempDir
    Path dir;

    @Test
    void compatKvmDirtyTlbHasTheI386LayoutOnX86_64() {
        KvmDecls kvm = new KvmDecls();
        CHeaders headers = new CHeaders(dir, kvm.lookup());
        StructDecl tlb = kvm.get("kvm_dirty_tlb");
        String include = headers.write(tlb, kvm.ioctls(tlb));
        String header = headers.header(tlb, kvm.ioctls(tlb));
        assertTrue(header.contains("typedef uint64_t __attribute__((aligned(4)))"
                + " abistruct_compat_u64;"), header);
        assertTrue(header.contains("struct compat_kvm_dirty_tlb {\n    abistruct_compat_u64 bitmap;\n"
                + "    uint32_t num_dirty;\n};"), header);
        assertFalse(header.contains("compat_x32_kvm_dirty_tlb"), "x32 8-aligns __u64 like x86_64");

        assertEquals("", CHeaders.failures(headers.compile(EnumSet.allOf(Abi.class),
                CHeaders.STRICT, include)));
        CProbe probe = new CProbe(include)
                .add("size", "sizeof(struct compat_kvm_dirty_tlb)")
                .add("align", "_Alignof(struct compat_kvm_dirty_tlb)")
                .add("num_dirty", "__builtin_offsetof(struct compat_kvm_dirty_tlb, num_dirty)")
                .add("ioctl", "COMPAT_KVM_DIRTY_TLB == 0x400CAEAAu")
                .flags("-I" + dir);
        Map<Abi, Map<String, Long>> found = probe.runAll(List.of(Abi.X86_64, Abi.I386));
        for (Abi abi : List.of(Abi.X86_64, Abi.I386)) {
            assertEquals(Map.of("size", 12L, "align", 4L, "num_dirty", 8L, "ioctl", 1L),
                    Map.copyOf(found.get(abi)), abi.toString());
        }
    }

    @Test
    void everyKvmHeaderCompilesWithItsCompatStructs() {
        KvmDecls kvm = new KvmDecls();
        CHeaders headers = new CHeaders(dir, kvm.lookup());
        StringBuilder includes = new StringBuilder();
        for (StructDecl decl : kvm.all()) {
            includes.append(headers.write(decl, kvm.ioctls(decl)));
        }
        assertEquals("", CHeaders.failures(headers.compile(EnumSet.allOf(Abi.class),
                CHeaders.STRICT, includes.toString())));
        // 24 bytes on every ABI, but 4-aligned on i386: embedded, it would move.
        assertTrue(headers.header(kvm.get("kvm_config_tlb"), List.of())
                .contains("struct compat_kvm_config_tlb {"));
        assertFalse(headers.header(kvm.get("kvm_book3e_206_tlb_params"), List.of())
                .contains("compat_"), "only 32-bit members: the same everywhere");
    }
}
