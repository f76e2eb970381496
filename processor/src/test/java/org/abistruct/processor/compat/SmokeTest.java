package org.abistruct.processor.compat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.abistruct.processor.diag.Sources;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void show() {
        JavaFileObject src = Sources.of("KvmDirtyTlb", "@AbiStruct(name = \"kvm_dirty_tlb\")",
                "public record KvmDirtyTlb(@Unsigned long bitmap,", "    @Unsigned int numDirty) {}");
        Compilation c = Sources.compile(src);
        c.diagnostics().forEach(d -> System.out.println(d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null)));
        JavaFileObject p = Sources.of("P", "@AbiStruct(name = \"p\")",
                "public record P(@Pointer long p,", "    int x, @CLong long n) {}");
        Sources.compile(p).diagnostics().forEach(d -> System.out.println(d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null)));
        JavaFileObject g = Sources.of("KvmDirtyTlb", "@AbiStruct(name = \"kvm_dirty_tlb\", compat = Compat.GENERATE)",
                "public record KvmDirtyTlb(@Unsigned long bitmap,", "    @Unsigned int numDirty) {}");
        Compilation cg = Sources.compile(g);
        cg.diagnostics().forEach(d -> System.out.println(d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null)));
        cg.generatedFiles().forEach(f -> { System.out.println("=== " + f.getName()); if (!f.getName().endsWith(".class")) { try { System.out.println(f.getCharContent(true)); } catch (Exception e) { throw new RuntimeException(e); } } });
    }
}
