package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Diagnostics about {@code @Ioctl}, on structs and on interfaces, pinned to lines. */
class IoctlDiagnosticsTest {
    @Test
    void nameNotACIdentifier() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "@Ioctl(type = 0xAE, nr = 1,",
                "    name = \"KVM-RUN\", dir = Ioctl.Dir.WRITE)", "record A(int x) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlBadName]").inFile(src)
                .onLineContaining("KVM-RUN");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void nameIsACKeyword() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "@Ioctl(type = 0xAE, nr = 1,",
                "    name = \"_Bool\", dir = Ioctl.Dir.WRITE)", "record A(int x) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructIoctlKeyword]").inFile(src)
                .onLineContaining("_Bool");
    }

    @Test
    void typeAndNrOutsideAByte() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "@Ioctl(name = \"A_SET\",",
                "    type = 256,", "    nr = -1,", "    dir = Ioctl.Dir.WRITE)", "record A(int x) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlByteRange] @Ioctl A_SET has type = 256")
                .inFile(src).onLineContaining("type = 256");
        assertThat(c).hadErrorContaining("[AbiStructIoctlByteRange] @Ioctl A_SET has nr = -1")
                .inFile(src).onLineContaining("nr = -1");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void sameNameTwiceOnOneStruct() {
        JavaFileObject src = Sources.of("A", "@AbiStruct",
                "@Ioctl(name = \"A_SET\", type = 1, nr = 2, dir = Ioctl.Dir.WRITE)",
                "@Ioctl(name = \"A_SET\", type = 1, nr = 3, dir = Ioctl.Dir.READ)",
                "record A(int x) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlDuplicateName]").inFile(src)
                .onLineContaining("nr = 3");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void noneOnAStruct() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "@Ioctl(name = \"A_RUN\", type = 1, nr = 2,",
                "    dir = Ioctl.Dir.NONE)", "record A(int x) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlNoneOnStruct]").inFile(src)
                .onLineContaining("Dir.NONE");
        assertThat(c).hadErrorContaining("Declare argument-less commands on a plain interface");
    }

    @Test
    void ioctlOnATaglessStruct() {
        JavaFileObject src = Sources.of("A", "@AbiStruct(tagless = true)",
                "@Ioctl(name = \"A_SET\", type = 1, nr = 2, dir = Ioctl.Dir.WRITE)",
                "record A(int x) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlOnTagless]").inFile(src)
                .onLineContaining("A_SET");
    }

    @Test
    void argumentOnAnInterface() {
        JavaFileObject src = Sources.of("Dev",
                "@Ioctl(name = \"DEV_RUN\", type = 1, nr = 2, dir = Ioctl.Dir.NONE)",
                "@Ioctl(name = \"DEV_SET\", type = 1, nr = 3,", "    dir = Ioctl.Dir.READ_WRITE)",
                "interface Dev {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlArgumentOnInterface]").inFile(src)
                .onLineContaining("Dir.READ_WRITE");
        assertThat(c).hadErrorCount(1);
    }

    /** KVM_RUN gives kvmRunRequest(), its number as an unsigned long; so would KVM_RUN_REQUEST. */
    @Test
    void aRequestMethodCollidesWithAnotherCommand() {
        JavaFileObject src = Sources.of("Dev",
                "@Ioctl(name = \"KVM_RUN\", type = 0xAE, nr = 0x80, dir = Ioctl.Dir.NONE)",
                "@Ioctl(name = \"KVM_RUN_REQUEST\", type = 0xAE, nr = 0x81,",
                "    dir = Ioctl.Dir.NONE)",
                "interface Dev {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlNameCollision]").inFile(src)
                .onLineContaining("KVM_RUN_REQUEST");
        assertThat(c).hadErrorContaining("kvmRunRequest()");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void scalarArgumentOnAStruct() {
        JavaFileObject src = Sources.of("Tlb",
                "@AbiStruct",
                "@Ioctl(name = \"TLB_SET\", type = 1, nr = 3, dir = Ioctl.Dir.WRITE,",
                "    arg = Ioctl.Arg.U64)",
                "record Tlb(int x) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlScalarOnStruct]").inFile(src)
                .onLineContaining("Ioctl.Arg.U64");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void scalarArgumentWithoutADirection() {
        JavaFileObject src = Sources.of("Tty",
                "@Ioctl(name = \"TTY_PTN\", type = 0x54, nr = 0x30, dir = Ioctl.Dir.NONE,",
                "    arg = Ioctl.Arg.UINT)",
                "interface Tty {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlArgWithoutDirection]").inFile(src)
                .onLineContaining("Ioctl.Arg.UINT");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void legacyNumberOutOfRange() {
        JavaFileObject src = Sources.of("Tty",
                "@Ioctl(name = \"TCGETS\", type = 0x54, nr = 0x01, dir = Ioctl.Dir.NONE,",
                "    legacy = @Ioctl.Legacy(number = 0x1_0000_5401L, abis = Abi.X86_64))",
                "interface Tty {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlLegacyRange]").inFile(src)
                .onLineContaining("legacy =");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void legacyNumberTwiceForOneAbi() {
        JavaFileObject src = Sources.of("Tty",
                "@Ioctl(name = \"TCGETS\", type = 0x54, nr = 0x01, dir = Ioctl.Dir.NONE,",
                "    legacy = {@Ioctl.Legacy(number = 0x5401, abis = {Abi.X86_64, Abi.I386}),",
                "              @Ioctl.Legacy(number = 0x540d, abis = Abi.I386)})",
                "interface Tty {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlLegacyTwice]").inFile(src)
                .onLineContaining("legacy =");
        assertThat(c).hadErrorContaining("ABI I386");
        assertThat(c).hadErrorCount(1);
    }

    // 10000 bytes fit the 14-bit size field of x86_64 (16383) but not the 13 bits of PPC64 (8191).
    @Test
    void structTooLargeForAnAbisSizeField() {
        JavaFileObject src = Sources.of("Big", "@AbiStruct(abis = {Abi.X86_64, Abi.PPC64})",
                "@Ioctl(name = \"BIG_SET\", type = 0x42, nr = 8, dir = Ioctl.Dir.WRITE)",
                "record Big(@Length(10000) byte[] data) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlTooLarge] BIG_SET cannot be encoded on"
                + " PPC64: its argument of 10000 bytes exceeds the 8191 bytes").inFile(src)
                .onLineContaining("BIG_SET");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void numberCollidesWithAGeneratedComponent() {
        JavaFileObject src = Sources.of("A", "@AbiStruct",
                "@Ioctl(name = \"A_SET\", type = 1, nr = 1, dir = Ioctl.Dir.WRITE)",
                "@Ioctl(name = \"NUM_DIRTY_OFFSET\", type = 1, nr = 2, dir = Ioctl.Dir.WRITE)",
                "record A(@Unsigned int numDirty) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlNameCollision] @Ioctl NUM_DIRTY_OFFSET"
                + " generates the method 'numDirtyOffset()', which component 'numDirty'")
                .inFile(src).onLineContaining("NUM_DIRTY_OFFSET");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void methodCollidesWithAnAccessorAndAnotherIoctl() {
        JavaFileObject src = Sources.of("A", "@AbiStruct",
                "@Ioctl(name = \"GET_NUM_DIRTY\", type = 1, nr = 1, dir = Ioctl.Dir.READ)",
                "@Ioctl(name = \"A_RUN\", type = 1, nr = 2, dir = Ioctl.Dir.WRITE)",
                "@Ioctl(name = \"A__RUN\", type = 1, nr = 3, dir = Ioctl.Dir.WRITE)",
                "@Ioctl(name = \"SIZE\", type = 1, nr = 4, dir = Ioctl.Dir.WRITE)",
                "record A(@Unsigned int numDirty) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("'getNumDirty()', which component 'numDirty' generates")
                .inFile(src).onLineContaining("GET_NUM_DIRTY");
        assertThat(c).hadErrorContaining("'aRun()', which @Ioctl A_RUN generates too")
                .inFile(src).onLineContaining("A__RUN");
        assertThat(c).hadErrorContaining("'size()', which every layout declares too")
                .inFile(src).onLineContaining("\"SIZE\"");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void methodNameIsAJavaKeyword() {
        JavaFileObject src = Sources.of("Dev", "@Ioctl(name = \"DEV_RUN\", type = 1, nr = 1,"
                        + " dir = Ioctl.Dir.NONE)",
                "@Ioctl(name = \"FOR\", type = 1, nr = 2, dir = Ioctl.Dir.NONE)", "interface Dev {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlNameCollision] @Ioctl FOR generates the"
                + " method name 'for', which is not a Java identifier").inFile(src)
                .onLineContaining("\"FOR\"");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void onAClassAnEnumAndAPlainRecord() {
        JavaFileObject src = Sources.of("C",
                "@Ioctl(name = \"C_RUN\", type = 1, nr = 1, dir = Ioctl.Dir.NONE)", "class C {}",
                "@Ioctl(name = \"E_RUN\", type = 1, nr = 1, dir = Ioctl.Dir.NONE)", "enum E { X }",
                "@Ioctl(name = \"R_SET\", type = 1, nr = 1, dir = Ioctl.Dir.WRITE)",
                "record R(int x) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructIoctlWrongTarget]").inFile(src)
                .onLineContaining("C_RUN");
        assertThat(c).hadErrorContaining("but p.E is an enum").inFile(src)
                .onLineContaining("E_RUN");
        assertThat(c).hadErrorContaining("but p.R is a record without @AbiStruct or @AbiUnion")
                .inFile(src).onLineContaining("R_SET");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void onAGenericInterface() {
        JavaFileObject src = Sources.of("G",
                "@Ioctl(name = \"G_RUN\", type = 1, nr = 1, dir = Ioctl.Dir.NONE)",
                "interface G<T> {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("but p.G is a generic interface").inFile(src)
                .onLineContaining("G_RUN");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void twoStructsWithOneCTag() {
        JavaFileObject first = Sources.of("A", "@AbiStruct(name = \"same\")", "record A(int x) {}");
        JavaFileObject second = Sources.of("B", "@AbiStruct(abis = Abi.ARM,",
                "    name = \"same\")", "record B(int y) {}");
        Compilation c = Sources.compile(first, second);
        assertThat(c).hadErrorContaining("[AbiStructDuplicateHeader] struct same (p.B) would write"
                + " the C header abistruct/same.h, which struct same (p.A) writes too").inFile(second)
                .onLineContaining("name = \"same\"");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void interfaceHeaderTakenByAStruct() {
        JavaFileObject src = Sources.of("Dev", "@AbiStruct", "record DevIoctls(int x) {}",
                "@Ioctl(name = \"DEV_RUN\", type = 1, nr = 1, dir = Ioctl.Dir.NONE)",
                "interface Dev {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructDuplicateHeader] interface p.Dev would write the"
                + " C header abistruct/dev_ioctls.h").inFile(src).onLineContaining("interface Dev");
        assertThat(c).hadErrorCount(1);
    }
}
