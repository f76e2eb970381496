package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.abistruct.processor.AbiStructProcessor;
import org.junit.jupiter.api.Test;

/**
 * The 32/64-bit compat and implicit-padding diagnostics, pinned to their lines. Sizes are GCC
 * 12's: {@code struct kvm_dirty_tlb} is 12 bytes on i686 and 16 on x86_64; a pointer is 4 bytes
 * on i686, x32, powerpc and arm and 8 on their 64-bit kernels.
 */
class CompatDiagnosticsTest {
    private static final List<String> KVM_DIRTY_TLB = List.of(
            "@Unsigned long bitmap", "@Unsigned int numDirty");

    @Test
    void kvmDirtyTlbUnderTheDefaultPolicyFailsAndSaysWhy() {
        JavaFileObject src = FixedRecord.source("KvmDirtyTlb", "@AbiStruct(name = \"kvm_dirty_tlb\")",
                KVM_DIRTY_TLB);
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructCompatLayoutDiffers] struct kvm_dirty_tlb")
                .inFile(src).onLineContaining("@AbiStruct(name");
        assertThat(c).hadErrorContaining("I386 -> X86_64: its size is 12 on I386 and 16 on X86_64,"
                + " because of 4 bytes of tail padding at offset 12 after num_dirty on X86_64 only");
        assertThat(c).hadErrorContaining("64-bit integers are 8-aligned on X86_64 but 4-aligned"
                + " on I386");
        assertThat(c).hadErrorContaining("any ioctl number that encodes its size differs");
        assertThat(c).hadErrorContaining("insert component `@Unsigned int pad` after `numDirty`");
        assertThat(c).hadErrorContaining("add `@Align(8)` to component `bitmap`");
        assertThat(c).hadErrorContaining("set `compat = Compat.GENERATE`");
        assertThat(c).hadErrorCount(1);
        String text = errorText(c);
        assertFalse(text.contains("PPC32 -> PPC64"), "powerpc 8-aligns __u64: " + text);
        assertFalse(text.contains("ARM -> AARCH64"), "arm 8-aligns __u64: " + text);
    }

    @Test
    void everySuggestedFixOfKvmDirtyTlbCompilesUnderIdentical() {
        assertEquals(3, applyEveryFix("@AbiStruct(name = \"kvm_dirty_tlb\")", KVM_DIRTY_TLB));
    }

    // struct { uint32_t a; uint64_t b; uint32_t c; }: 16 bytes on i686, 24 on x86_64.
    @Test
    void everySuggestedFixOfAHoleAndTailPaddingCompiles() {
        int fixes = applyEveryFix("@AbiStruct(abis = {Abi.I386, Abi.X86_64})",
                List.of("@Unsigned int a", "@Unsigned long b", "@Unsigned int c"));
        assertTrue(fixes >= 3, "padding, @Align and reorder, then GENERATE: " + fixes);
    }

    @Test
    void everySuggestedFixOfPointersAndLongsCompiles() {
        applyEveryFix("@AbiStruct", List.of("@Pointer long address", "int x", "@CLong long n"));
    }

    @Test
    void pointerGetsItsOwnErrorOnItsComponent() {
        JavaFileObject src = FixedRecord.source("P", "@AbiStruct(abis = {Abi.PPC32, Abi.PPC64})",
                List.of("int x", "@Pointer long buffer"));
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructCompatAbiSized] Component 'buffer' is a"
                + " pointer (void *): 4 bytes on PPC32 but 8 bytes on PPC64").inFile(src)
                .onLineContaining("@Pointer long buffer");
        assertThat(c).hadErrorContaining("replace @Pointer with @Unsigned");
        assertThat(c).hadErrorContaining("[AbiStructCompatLayoutDiffers]").inFile(src)
                .onLineContaining("@Pointer long buffer");
    }

    @Test
    void memberWhoseOffsetFirstDiffersCarriesTheError() {
        JavaFileObject src = FixedRecord.source("M", "@AbiStruct(abis = {Abi.ARM, Abi.AARCH64})",
                List.of("@CLong long a", "int b", "int c"));
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructCompatLayoutDiffers]")
                .inFile(src).onLineContaining("int b");
    }

    @Test
    void generateTurnsTheErrorIntoANote() {
        JavaFileObject src = FixedRecord.source("KvmDirtyTlb",
                "@AbiStruct(name = \"kvm_dirty_tlb\", compat = Compat.GENERATE,"
                        + " implicitPadding = ImplicitPadding.IGNORE)", KVM_DIRTY_TLB);
        Compilation c = Sources.compile(src);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).hadNoteContaining("[AbiStructCompatGenerated]").inFile(src)
                .onLineContaining("compat = Compat.GENERATE");
        assertThat(c).hadNoteContaining("KvmDirtyTlbCompat converts between the layouts");
        assertThat(c).generatedSourceFile("p.KvmDirtyTlbCompat");
    }

    @Test
    void theQuietOptionDropsNotesOnly() {
        JavaFileObject src = FixedRecord.source("KvmDirtyTlb",
                "@AbiStruct(name = \"kvm_dirty_tlb\", compat = Compat.GENERATE)", KVM_DIRTY_TLB);
        for (String option : List.of("-Aabistruct.quiet", "-Aabistruct.quiet=true")) {
            Compilation c = Compiler.javac().withProcessors(new AbiStructProcessor())
                    .withOptions(option).compile(src);
            assertThat(c).succeeded();
            assertEquals(List.of(), c.notes().stream()
                    .filter(d -> d.getMessage(null).startsWith("[AbiStruct")).toList(), option);
            assertThat(c).hadWarningContaining("[AbiStructImplicitPadding]");
            assertThat(c).generatedSourceFile("p.KvmDirtyTlbCompat");
        }
        Compilation loud = Compiler.javac().withProcessors(new AbiStructProcessor())
                .withOptions("-Aabistruct.quiet=false").compile(src);
        assertThat(loud).hadNoteContaining("[AbiStructCompatGenerated]");
    }

    @Test
    void aPackageCanTurnItsNotesOff() {
        JavaFileObject pkg = JavaFileObjects.forSourceLines("p.package-info",
                "@AbiDefaults(compat = Compat.GENERATE, notes = false)",
                "package p;",
                "import org.abistruct.*;");
        JavaFileObject src = FixedRecord.source("KvmDirtyTlb",
                "@AbiStruct(name = \"kvm_dirty_tlb\")", KVM_DIRTY_TLB);
        Compilation c = Sources.compile(pkg, src);
        assertThat(c).succeeded();
        assertEquals(List.of(), c.notes().stream()
                .filter(d -> d.getMessage(null).startsWith("[AbiStruct")).toList());
        assertThat(c).hadWarningContaining("[AbiStructImplicitPadding]");
        assertThat(c).generatedSourceFile("p.KvmDirtyTlbCompat");
    }

    @Test
    void alignmentAloneIsANote() {
        JavaFileObject src = FixedRecord.source("A", "@AbiStruct(abis = {Abi.I386, Abi.X86_64})",
                List.of("@Unsigned long a", "@Unsigned long b"));
        Compilation c = Sources.compile(src);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).hadNoteContaining("[AbiStructCompatAlignmentOnly] struct a has the same bytes"
                + " on its compat pair but not the same alignment: I386 -> X86_64 (4 on I386, 8 on"
                + " X86_64)").inFile(src).onLineContaining("@AbiStruct");
    }

    // struct { uint8_t a; uint32_t b; }: a 3-byte hole at 1 everywhere but m68k (1 byte).
    @Test
    void implicitPaddingWarnsPerGroupOfAbis() {
        JavaFileObject src = FixedRecord.source("H", "@AbiStruct(abis = {Abi.X86_64, Abi.M68K,"
                + " Abi.ARM})", List.of("byte a", "int b"));
        Compilation c = Sources.compile(src);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[AbiStructImplicitPadding] struct h has implicit"
                + " padding").inFile(src).onLineContaining("@AbiStruct");
        assertThat(c).hadWarningContaining("on X86_64, ARM: a 3-byte hole at offset 1 after a");
        assertThat(c).hadWarningContaining("on M68K: a 1-byte hole at offset 1 after a");
    }

    @Test
    void implicitPaddingAsAnErrorPointsAtThePolicy() {
        JavaFileObject src = FixedRecord.source("H", "@AbiStruct(abis = Abi.X86_64,",
                "    implicitPadding = ImplicitPadding.ERROR)", List.of("byte a", "long b"));
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructImplicitPadding]")
                .inFile(src).onLineContaining("implicitPadding = ImplicitPadding.ERROR");
    }

    @Test
    void implicitPaddingIgnored() {
        JavaFileObject src = FixedRecord.source("H", "@AbiStruct(abis = Abi.X86_64,"
                + " implicitPadding = ImplicitPadding.IGNORE)", List.of("byte a", "long b"));
        assertThat(Sources.compile(src)).succeededWithoutWarnings();
    }

    @Test
    void packageDefaultsApplyAndTheRecordOverridesThem() {
        JavaFileObject pkg = JavaFileObjects.forSourceLines("p.package-info",
                "@AbiDefaults(abis = {Abi.X86_64, Abi.I386}, compat = Compat.GENERATE,",
                "    implicitPadding = ImplicitPadding.ERROR)",
                "package p;",
                "import org.abistruct.*;");
        JavaFileObject inherits = FixedRecord.source("Inherits", "@AbiStruct", KVM_DIRTY_TLB);
        JavaFileObject overrides = FixedRecord.source("Overrides",
                "@AbiStruct(compat = Compat.IDENTICAL, implicitPadding = ImplicitPadding.IGNORE)",
                KVM_DIRTY_TLB);
        Compilation c = Sources.compile(pkg, inherits, overrides);
        assertThat(c).hadNoteContaining("[AbiStructCompatGenerated] struct inherits").inFile(inherits)
                .onLineContaining("@AbiStruct");
        assertThat(c).hadErrorContaining("[AbiStructImplicitPadding] struct inherits")
                .inFile(inherits).onLineContaining("@AbiStruct");
        assertThat(c).hadErrorContaining("[AbiStructCompatLayoutDiffers] struct overrides")
                .inFile(overrides).onLineContaining("compat = Compat.IDENTICAL");
        assertThat(c).hadErrorCount(2);
        assertTrue(errorText(c).contains("on X86_64: 4 bytes of tail padding"), errorText(c));
        assertFalse(errorText(c).contains("PPC"), "the package selects x86 only");
    }

    /**
     * Compiles the record, applies each fix its error suggests and compiles that under the
     * default IDENTICAL policy; returns how many fixes there were.
     */
    private static int applyEveryFix(String annotation, List<String> components) {
        Compilation failed = Sources.compile(FixedRecord.source("R", annotation, components));
        assertThat(failed).hadErrorContaining("[AbiStructCompatLayoutDiffers]");
        List<String> fixes = FixedRecord.fixes(errorText(failed));
        assertTrue(fixes.size() >= 2, errorText(failed));
        for (String fix : fixes) {
            FixedRecord fixed = FixedRecord.apply(annotation, components, fix);
            Compilation c = Sources.compile(fixed.source());
            assertThat(c).succeeded();
            for (Diagnostic<? extends JavaFileObject> d : c.diagnostics()) {
                assertFalse(d.getMessage(null).contains("[AbiStructCompat") && d.getKind()
                        != Diagnostic.Kind.NOTE, fix + " -> " + d.getMessage(null));
            }
        }
        return fixes.size();
    }

    private static String errorText(Compilation c) {
        List<String> texts = new ArrayList<>();
        c.errors().forEach(d -> texts.add(d.getMessage(null)));
        return String.join("\n", texts);
    }
}
