package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Diagnostics about what is annotated and about component types, each pinned to its line. */
class TypeDiagnosticsTest {
    @ParameterizedTest
    @ValueSource(strings = {"class", "interface", "enum"})
    void annotationOnNonRecord(String kind) {
        JavaFileObject src = Sources.of("C", "@AbiStruct(name = \"c\")", kind + " C {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructNotRecord]").inFile(src)
                .onLineContaining("@AbiStruct(name");
        assertThat(c).hadErrorContaining("is a" + (kind.equals("class") ? "" : "n") + " " + kind);
    }

    @Test
    void privateNestedRecord() {
        JavaFileObject src = Sources.of("Outer", "class Outer {",
                "    @AbiStruct private record Hidden(int a) {}", "}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructPrivateRecord]")
                .inFile(src).onLineContaining("private record Hidden");
    }

    @Test
    void bothStructAndUnion() {
        JavaFileObject src = Sources.of("B", "@AbiStruct", "@AbiUnion", "record B(int x) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructBothKinds]").inFile(src)
                .onLineContaining("@AbiUnion");
    }

    @Test
    void genericRecord() {
        JavaFileObject src = Sources.of("G", "@AbiStruct", "record G<T>(int x) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructGenericRecord]").inFile(src)
                .onLineContaining("record G<T>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"String s", "java.util.List<Integer> s", "Colour s", "Object s",
            "@Length(2) String[] s", "java.nio.ByteBuffer s"})
    void unknownType(String component) {
        JavaFileObject src = Sources.of("U", "@AbiStruct", "record U(int x,",
                "    " + component + ") {}", "enum Colour { RED }");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructUnknownType]").inFile(src)
                .onLineContaining(component);
    }

    @Test
    void boxedType() {
        JavaFileObject src = Sources.of("U", "@AbiStruct", "record U(int x,", "    Integer boxed) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructBoxedType]").inFile(src)
                .onLineContaining("Integer boxed");
        assertThat(c).hadErrorContaining("Use the primitive int.");
    }

    @Test
    void recordWithoutAnnotation() {
        JavaFileObject src = Sources.of("U", "@AbiStruct", "record U(int x,", "    Plain plain) {}",
                "record Plain(int y) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructUnannotatedRecord]").inFile(src)
                .onLineContaining("Plain plain");
        assertThat(c).hadErrorContaining("Annotate Plain with @AbiStruct or @AbiUnion.");
    }

    @Test
    void typeNeverResolved() {
        JavaFileObject src = Sources.of("U", "@AbiStruct", "record U(int x,", "    Missing m) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructUnresolvedType]")
                .inFile(src).onLineContaining("Missing m");
    }

    @ParameterizedTest
    @CsvSource({
        "AbiStructPointerNotLong, @Pointer int p",
        "AbiStructPointerNotLong, @Pointer @Length(2) int[] p",
        "AbiStructPointerNotLong, @Pointer Inner p",
        "AbiStructCLongNotLong, @CLong short p",
        "AbiStructPointerAndCLong, @Pointer @CLong long p",
        "AbiStructUnsignedNotInteger, @Unsigned float p",
        "AbiStructUnsignedNotInteger, @Unsigned double p",
        "AbiStructUnsignedNotInteger, @Unsigned boolean p",
        "AbiStructUnsignedNotInteger, @Unsigned char p",
        "AbiStructUnsignedNotInteger, @Unsigned @Length(3) char[] p",
        "AbiStructCCharNotByte, @CChar int p",
        "AbiStructCCharNotByte, @CChar @Length(4) short[] p",
        "AbiStructCCharAndUnsigned, @CChar @Unsigned byte p",
        "AbiStructByteOrderNotInteger, @BigEndian float p",
        "AbiStructByteOrderNotInteger, @LittleEndian byte p",
        "AbiStructByteOrderNotInteger, @BigEndian @Pointer long p",
        "AbiStructByteOrderNotInteger, @BigEndian Inner p",
        "AbiStructBothByteOrders, @BigEndian @LittleEndian int p",
        "AbiStructAnonymousNotStruct, @Anonymous int p",
        "AbiStructAnonymousNotStruct, @Anonymous @Length(2) Inner[] p",
        "AbiStructBitsNotInteger, @Bits(3) boolean p",
        "AbiStructBitsNotInteger, @Bits(3) float p",
        "AbiStructBitsNotInteger, @Bits(3) @CLong long p",
        "AbiStructBitsNotInteger, @Bits(3) @Pointer long p",
        "AbiStructBitsNotInteger, @Bits(3) @CChar byte p",
        "AbiStructBitsNotInteger, @Bits(3) @BigEndian short p",
        "AbiStructBitsNotInteger, @Bits(3) @Length(2) int[] p",
        "AbiStructBitsNotInteger, @Bits(3) Inner p",
        "AbiStructBitsWidth, @Bits(9) byte p",
        "AbiStructBitsWidth, @Bits(33) @Unsigned int p",
        "AbiStructBitsWidth, @Bits(-1) long p",
    })
    void annotationOnWrongType(String code, String component) {
        JavaFileObject src = Sources.of("W", "@AbiStruct", "record W(int x,",
                "    " + component + ") {}", "@AbiStruct record Inner(int y) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[" + code + "]").inFile(src)
                .onLineContaining(component);
    }
}
