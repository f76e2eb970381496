package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Diagnostics about array lengths and flexible array members, each pinned to its line. */
class ArrayDiagnosticsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AbiStructMissingLength | int[] data",
        "AbiStructMissingLength | short[][] data",
        "AbiStructLengthOnNonArray | @Length(4) int data",
        "AbiStructNegativeLength | @Length(-1) int[] data",
        "AbiStructNegativeLength | @Length({2, -3}) int[][] data",
        "AbiStructLengthDimensions | @Length(2) int[][] data",
        "AbiStructLengthDimensions | @Length({2, 3}) int[] data",
    })
    void lengthProblem(String code, String component) {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "record A(int x,",
                "    " + component + ",", "    int y) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[" + code + "]").inFile(src)
                .onLineContaining(component);
    }

    @Test
    void missingLengthHintGivesOneLengthPerDimension() {
        JavaFileObject src = Sources.of("A", "@AbiStruct", "record A(short[][] m) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("such as @Length({4, 4})");
    }

    @Test
    void flexibleArrayNotLast() {
        JavaFileObject src = Sources.of("F", "@AbiStruct", "record F(int count,",
                "    @Length(0) int[] items,", "    int after) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructFlexibleArrayNotLast]")
                .inFile(src).onLineContaining("int[] items");
    }

    @Test
    void flexibleArrayInUnion() {
        JavaFileObject src = Sources.of("F", "@AbiUnion", "record F(int count,",
                "    @Length(0) int[] items) {}");
        assertThat(Sources.compile(src)).hadErrorContaining("[AbiStructFlexibleArrayInUnion]")
                .inFile(src).onLineContaining("int[] items");
    }

    @Test
    void flexibleArrayInInnerDimension() {
        JavaFileObject src = Sources.of("F", "@AbiStruct", "record F(int count,",
                "    @Length({2, 0}) int[][] items) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).hadErrorContaining("[AbiStructFlexibleArrayInnerDimension]").inFile(src)
                .onLineContaining("int[][] items");
        assertThat(c).hadErrorContaining("length 0 in dimension 2");
    }

    @Test
    void flexibleArrayLastInStructCompiles() {
        JavaFileObject src = Sources.of("F", "@AbiStruct", "record F(int count,",
                "    @Length({0, 3}) int[][] items) {}");
        assertThat(Sources.compile(src)).succeededWithoutWarnings();
    }
}
