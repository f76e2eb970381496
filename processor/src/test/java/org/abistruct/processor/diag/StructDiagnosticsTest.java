package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Diagnostics about a struct as a whole and about the structs it embeds, pinned to lines. */
class StructDiagnosticsTest {
    @ParameterizedTest
    @ValueSource(ints = {0, -8, 3, 12, 1 << 29})
    void componentAlignNotPowerOfTwo(int align) {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "record A(int x,",
                "    @Align(" + align + ") int y) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructBadAlign]").inFile(src)
                .onLineContaining("int y");
    }

    @Test
    void recordAlignNotPowerOfTwo() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "@Align(6)", "record A(int x) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructBadAlign]").inFile(src)
                .onLineContaining("@Align(6)");
    }

    @Test
    void largestAlignCompiles() {
        // Its tail padding is the point here, not a leak.
        JavaFileObject src = Sources.of("A", "@AbiStruct(implicitPadding = ImplicitPadding.IGNORE)",
                "@Align(1 << 28)", "record A(@Align(1) int x) {}");
        assertThat(Sources.compile(src)).succeededWithoutWarnings();
    }

    @Test
    void structContainsItselfDirectly() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "record A(int x,", "    A self) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructCycle]").inFile(src).onLineContaining("A self");
        assertThat(c).hadErrorContaining("A.self -> A");
    }

    @Test
    void structContainsItselfThroughOthers() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "record A(int x,", "    B b) {}",
                "@AbiStruct", "record B(@Length(2) C[] cs) {}",
                "@AbiUnion", "record C(int y,", "    A a) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructCycle]").inFile(src).onLineContaining("B b)");
        assertThat(c).hadErrorContaining("[AbiStructCycle]").inFile(src).onLineContaining("C[] cs");
        assertThat(c).hadErrorContaining("[AbiStructCycle]").inFile(src).onLineContaining("A a)");
        assertThat(c).hadErrorContaining("A.b -> B.cs -> C.a -> A");
    }

    @Test
    void embeddedFlexibleArray() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "record A(int x,", "    Tail tail) {}",
                "@AbiStruct", "record Tail(int n, @Length(0) int[] items) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructEmbeddedFlexibleArray]")
                .inFile(src).onLineContaining("Tail tail");
    }

    @Test
    void embeddedStructMissesAnAbi() {
        JavaFileObject src = Sources.of("A", "@AbiStruct(abis = {Abi.X86_64, Abi.ARM})",
                "record A(int x,", "    Inner inner) {}",
                "@AbiStruct(abis = Abi.X86_64)", "record Inner(int y) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructEmbeddedAbiMismatch]").inFile(src)
                .onLineContaining("Inner inner");
        assertThat(c).hadErrorContaining("not laid out for [ARM]");
    }

    @Test
    void embeddedStructWithErrors() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "record A(int x,",
                "    @Length(2) Middle[] middles) {}",
                "@AbiStruct", "record Middle(Broken broken) {}",
                "@AbiStruct", "record Broken(String s) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructUnknownType]").inFile(src)
                .onLineContaining("String s");
        assertThat(c).hadErrorContaining("[AbiStructEmbeddedHasErrors]").inFile(src)
                .onLineContaining("Broken broken");
        assertThat(c).hadErrorContaining("[AbiStructEmbeddedHasErrors]").inFile(src)
                .onLineContaining("Middle[] middles");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void embeddedStructFailingItsCompatPolicy() {
        JavaFileObject src = Sources.of("Outer",
                "@AbiStruct(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "record Outer(int a, Inner inner) {}",
                "@AbiStruct(compat = Compat.IDENTICAL)", "record Inner(@Pointer long p) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructCompatAbiSized]").inFile(src)
                .onLineContaining("@Pointer long p");
        assertThat(c).hadErrorContaining("[AbiStructCompatLayoutDiffers]").inFile(src)
                .onLineContaining("compat = Compat.IDENTICAL");
        assertThat(c).hadErrorContaining("[AbiStructEmbeddedHasErrors]").inFile(src)
                .onLineContaining("Inner inner");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void embeddedStructWhoseHeaderIsTaken() {
        JavaFileObject first = Sources.of("A", "@AbiStruct(name = \"same\")", "record A(int x) {}");
        JavaFileObject second = Sources.of("B", "@AbiStruct", "record B(int y, Inner inner) {}",
                "@AbiStruct(name = \"same\")", "record Inner(int z) {}");
        Compilation c = Sources.compile(first, second);
        assertThat(c).hadErrorContaining("[AbiStructDuplicateHeader] struct same (p.Inner)")
                .inFile(second).onLineContaining("name = \"same\"");
        assertThat(c).hadErrorContaining("[AbiStructEmbeddedHasErrors]").inFile(second)
                .onLineContaining("Inner inner");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void emptyRecord() {
        JavaFileObject src = Sources.of("E", "@AbiStruct", "record E() {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructEmptyRecord]").inFile(src)
                .onLineContaining("record E()");
    }

    @Test
    void recordOfUnnamedBitfieldsOnly() {
        JavaFileObject src = Sources.of("U", "@AbiStruct",
                "record U(@Bits(value = 3, named = false) int a, @Bits(0) long b) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructEmptyRecord]").inFile(src)
                .onLineContaining("record U(");
    }

    @Test
    void duplicateAbi() {
        JavaFileObject src = Sources.of("D", "@AbiStruct(name = \"d\",",
                "    abis = {Abi.ARM, Abi.I386, Abi.ARM})", "record D(int x) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructDuplicateAbi]").inFile(src)
                .onLineContaining("abis = {");
    }

    // struct { int32_t a; int64_t b; } is 16 bytes on x86_64 and 12 on i386 and m68k (GCC 12).
    @Test
    void expectSizeHoldsOnEachAbi() {
        JavaFileObject src = Sources.of("S", "@AbiStruct(abis = {Abi.X86_64, Abi.I386, Abi.M68K},",
                "    compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "@ExpectSize(bytes = 16, abis = Abi.X86_64)",
                "@ExpectSize(bytes = 12, abis = {Abi.I386, Abi.M68K})",
                "record S(int a, long b) {}");
        assertThat(Sources.compile(src)).succeededWithoutWarnings();
    }

    @Test
    void expectSizeFails() {
        JavaFileObject src = Sources.of("S", "@AbiStruct(abis = {Abi.X86_64, Abi.I386})",
                "@ExpectSize(bytes = 12)", "record S(int a, long b) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructSizeMismatch]").inFile(src)
                .onLineContaining("@ExpectSize(bytes = 12)");
        assertThat(c).hadErrorContaining("expected 12 bytes on ABI X86_64 but the layout is 16");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void repeatedExpectSizePointsAtTheOneThatFails() {
        JavaFileObject src = Sources.of("S", "@AbiStruct(abis = {Abi.X86_64, Abi.M68K})",
                "@ExpectSize(bytes = 16, abis = Abi.X86_64)",
                "@ExpectSize(bytes = 14, abis = Abi.M68K)", "record S(int a, long b) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructSizeMismatch]").inFile(src)
                .onLineContaining("bytes = 14");
        assertThat(c).hadErrorContaining("expected 14 bytes on ABI M68K but the layout is 12");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void expectSizeNamesUnselectedAbi() {
        JavaFileObject src = Sources.of("S", "@AbiStruct(abis = Abi.X86_64)",
                "@ExpectSize(bytes = 16)",
                "@ExpectSize(bytes = 12, abis = Abi.SH4)", "record S(int a, long b) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructExpectSizeAbiNotSelected]")
                .inFile(src).onLineContaining("Abi.SH4");
    }

    @Test
    void structTooLarge() {
        JavaFileObject src = Sources.of("H", "@AbiStruct(abis = Abi.X86_64)",
                "record Huge(int x,", "    @Length({65536, 65536}) long[][] cells) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructTooLarge]").inFile(src)
                .onLineContaining("record Huge(");
    }

    @Test
    void anEmbeddedStructsErrorIsListedBeforeTheEmbeddingStructs() {
        JavaFileObject src = Sources.of("Outer", "@AbiStruct", "record Outer(Inner in) {}",
                "@AbiStruct", "record Inner(String name) {}");
        Compilation c = Sources.compile(src);
        List<String> errors = c.errors().stream().map(d -> d.getMessage(null)).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("[AbiStructUnknownType]"), errors.toString());
        assertTrue(errors.get(1).startsWith("[AbiStructEmbeddedHasErrors]"), errors.toString());
    }
}
