package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.abistruct.processor.plan.MemberCount;
import org.junit.jupiter.api.Test;

/**
 * Declarations pushed to the edges javac and the processor set: every one either compiles with
 * everything generated from it, or is refused with {@code AbiStructTooLarge} on the struct past
 * the edge, and no generated file ever has an error.
 */
class SizeLimitsTest {
    /**
     * Structs each embedding the one before three times, {@code compat = GENERATE}, as javac
     * once refused to compile the converters of: members at all depths grow threefold a level,
     * 8,746 at the seventh, which compiles with its converter and layout.
     */
    @Test
    void deepNestingCompiles() {
        JavaFileObject src = Sources.of("Tree", tree(7));
        Compilation c = Sources.compile(src);
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("p.Tree_S7Compat");
        assertThat(c).generatedSourceFile("p.Tree_S7Layout");
    }

    /**
     * 40 copies of a struct of 2,010 members: 80,440 members at all depths, past
     * {@link MemberCount#MAX}, refused on the struct past it; what it embeds compiles.
     */
    @Test
    void pastTheMemberLimitIsRefusedOnTheStructPastIt() {
        String leaf = IntStream.range(0, 200).mapToObj(i -> "byte m" + i)
                .collect(Collectors.joining(", "));
        String mid = IntStream.range(0, 10).mapToObj(i -> "Leaf l" + i)
                .collect(Collectors.joining(", "));
        String big = IntStream.range(0, 40).mapToObj(i -> "Mid m" + i)
                .collect(Collectors.joining(", "));
        JavaFileObject src = Sources.of("Big", "final class Big {",
                "@AbiStruct record Leaf(" + leaf + ") {}",
                "@AbiStruct record Mid(" + mid + ") {}",
                "@AbiStruct record Huge(" + big + ") {}",
                "@AbiStruct record Outer(Huge huge) {}", "}");
        Compilation c = Sources.compile(src);
        assertOnlyIn(c, src);
        assertThat(c).hadErrorContaining("[AbiStructTooLarge] struct huge is too large for"
                + " abistruct: it has 80440 members at all depths").inFile(src)
                .onLineContaining("record Huge(");
        assertThat(c).hadErrorContaining("[AbiStructEmbeddedHasErrors]").inFile(src)
                .onLineContaining("record Outer(");
        assertEquals(2, c.errors().size(), c.errors().toString());
    }

    /** {@code S0} to {@code S<levels>}, each level embedding the one before three times. */
    private static String[] tree(int levels) {
        List<String> body = new ArrayList<>(List.of("final class Tree {",
                "@AbiStruct(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "record S0(@Unsigned @CLong long a, @Unsigned int b) {}"));
        for (int i = 1; i <= levels; i++) {
            body.add("@AbiStruct(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)");
            body.add("record S" + i + "(S" + (i - 1) + " x, S" + (i - 1) + " y, S" + (i - 1)
                    + " z, int c) {}");
        }
        body.add("}");
        return body.toArray(String[]::new);
    }

    /**
     * As wide as a layout record can be ({@link MemberCount#MAX_DIRECT} members), a union of
     * 127 C longs, and 120 structs deep, each level a converted struct whose conversion calls
     * the level below.
     */
    @Test
    void theWidestRecordAndADeepChainCompile() {
        String ints = IntStream.range(0, 245).mapToObj(i -> "int m" + i)
                .collect(Collectors.joining(", "));
        List<String> body = new ArrayList<>(List.of("final class Edge {",
                "@AbiStruct(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "record Wide(@Unsigned @CLong long first, " + ints + ") {}",
                "@AbiUnion(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "record Choice(" + IntStream.range(0, 127).mapToObj(i -> "@CLong long c" + i)
                        .collect(Collectors.joining(", ")) + ") {}",
                "@AbiStruct(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)",
                "record D0(@CLong long a, int b) {}"));
        for (int i = 1; i < 120; i++) {
            body.add("@AbiStruct(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)");
            body.add("record D" + i + "(D" + (i - 1) + " x, byte c, @CLong long e, Wide w) {}");
        }
        body.add("}");
        JavaFileObject src = Sources.of("Edge", body.toArray(String[]::new));
        Compilation c = Sources.compile(src);
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("p.Edge_D119Compat");
        assertThat(c).generatedSourceFile("p.Edge_ChoiceCompat");
    }

    @Test
    void oneMemberMoreThanALayoutRecordHoldsIsRefused() {
        String ints = IntStream.range(0, MemberCount.MAX_DIRECT).mapToObj(i -> "int m" + i)
                .collect(Collectors.joining(", "));
        JavaFileObject src = Sources.of("TooWide", "@AbiStruct",
                "record TooWide(@CLong long first, " + ints + ") {}");
        Compilation c = Sources.compile(src);
        assertOnlyIn(c, src);
        assertThat(c).hadErrorContaining("[AbiStructTooLarge] struct too_wide is too large for"
                + " abistruct: its layout record would hold 247 numbers per ABI").inFile(src)
                .onLineContaining("record TooWide(");
        assertEquals(1, c.errors().size(), c.errors().toString());
    }

    /** Every error of {@code c} is on {@code src}: none on a file the processor wrote. */
    private static void assertOnlyIn(Compilation c, JavaFileObject src) {
        for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
            assertTrue(d.getSource() != null && d.getSource().toUri().equals(src.toUri()),
                    "error outside " + src.getName() + ": " + d);
        }
        assertEquals(Compilation.Status.FAILURE, c.status());
    }
}
