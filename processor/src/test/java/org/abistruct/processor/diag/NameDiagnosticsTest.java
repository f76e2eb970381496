package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Diagnostics about C names and accessor names, each pinned to its line. */
class NameDiagnosticsTest {
    @Test
    void sameCNameTwice() {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(int count,",
                "    @CName(\"count\") int total) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructDuplicateCName]").inFile(src)
                .onLineContaining("int total");
        assertThat(c).hadErrorContaining("C name 'count' of component 'total' is also the C name"
                + " of 'count'");
    }

    @Test
    void cNamesDifferingOnlyInCaseAreTwoMembers() {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(@CName(\"mode\") int a,",
                "    @CName(\"MODE\") int b) {}");
        assertThat(Sources.compile(src)).succeeded();
    }

    @Test
    void sameCNameFromAnonymousMember() {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(int flags,",
                "    @Anonymous Bits bits) {}",
                "@AbiUnion", "record Bits(int raw, @CName(\"flags\") short low) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructDuplicateCName]").inFile(src)
                .onLineContaining("Bits bits");
        assertThat(c).hadErrorContaining("'bits.low'");
    }

    @Test
    void sameAccessorFromAnonymousMember() {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(int raw,",
                "    @Anonymous @CName(\"u\") Bits bits) {}",
                "@AbiUnion", "record Bits(@CName(\"raw2\") int raw, short low) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructDuplicateAccessor]")
                .inFile(src).onLineContaining("Bits bits");
    }

    /**
     * {@code kvm_irq_level}: an anonymous union named {@code irq} in Java holding a member
     * {@code irq}. The union has no C name, so the C names do not clash; the accessors do.
     */
    @Test
    void anAnonymousMemberHasNoCName() {
        JavaFileObject src = Sources.of("IrqLevel", "@AbiStruct(name = \"kvm_irq_level\")",
                "record IrqLevel(@Anonymous IrqOrStatus irq, int level) {}",
                "@AbiUnion", "record IrqOrStatus(@Unsigned int irq, int status) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructDuplicateAccessor]").inFile(src)
                .onLineContaining("IrqOrStatus irq");
        assertEquals(1, c.errors().size(), c.errors().toString());
        JavaFileObject renamed = Sources.of("IrqLevel", "@AbiStruct(name = \"kvm_irq_level\")",
                "record IrqLevel(@Anonymous IrqOrStatus irqOrStatus, int level) {}",
                "@AbiUnion", "record IrqOrStatus(@Unsigned int irq, int status) {}");
        assertThat(Sources.compile(renamed)).succeededWithoutWarnings();
    }

    @Test
    void accessorNamesDifferingInCase() {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(int value,",
                "    @CName(\"value2\") int Value) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructDuplicateAccessor]").inFile(src)
                .onLineContaining("int Value");
        assertThat(c).hadErrorContaining("getValue/setValue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-b", "1st", "", "caf\u00e9", "has space"})
    void cNameNotAnIdentifier(String name) {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(int x,",
                "    @CName(\"" + name + "\") int y) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructBadCName]").inFile(src)
                .onLineContaining("int y");
    }

    @Test
    void structNameNotAnIdentifier() {
        JavaFileObject src = Sources.of("N", "@AbiStruct(name = \"my struct\")", "record N(int x) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructBadCName]").inFile(src)
                .onLineContaining("my struct");
    }

    @ParameterizedTest
    @ValueSource(strings = {"int", "struct", "_Bool", "asm", "typeof", "__attribute__", "bool"})
    void cNameIsKeyword(String name) {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(int x,",
                "    @CName(\"" + name + "\") int y) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructCKeyword]").inFile(src)
                .onLineContaining("int y");
    }

    @Test
    void defaultMemberNameIsKeyword() {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(int x,", "    int register) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructCKeyword]").inFile(src)
                .onLineContaining("int register");
        assertThat(c).hadErrorContaining("with @CName");
    }

    @Test
    void unionTagIsKeyword() {
        JavaFileObject src = Sources.of("N", "@AbiUnion(name = \"asm\")", "record N(int x) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructCKeyword]").inFile(src)
                .onLineContaining("asm");
    }

    @Test
    void defaultTagIsKeyword() {
        JavaFileObject src = Sources.of("Int", "@AbiStruct", "record Int(int x) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructCKeyword]").inFile(src)
                .onLineContaining("record Int(");
    }

    @Test
    void aComponentNamedAsAnObjectMethodIsRefused() {
        JavaFileObject src = Sources.of("N", "@AbiStruct", "record N(int x,", "    int notify) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructObjectMethodName]").inFile(src)
                .onLineContaining("int notify");
        assertThat(c).hadErrorContaining("@CName(\"notify\")");
        assertThat(c).hadErrorCount(1);
    }
}
