package org.abistruct.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The widest layout record at release 22, where each ABI's constant also holds its
 * {@code java.lang.foreign} layout: an embedded struct makes all 24 of those differ, and
 * together they are more than one method's code may hold; the record still compiles.
 */
class ForeignSizeLimitsTest {
    private static final String GENERATE =
            "@AbiStruct(compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)";

    @Test
    void theWidestRecordWithADifferentMemoryLayoutOnEveryAbiCompiles() {
        String ints = IntStream.range(0, 244).mapToObj(i -> "int m" + i)
                .collect(Collectors.joining(", "));
        JavaFileObject src = Sources.of("Foreign", "final class Foreign {",
                GENERATE, "record Inner(@CLong long a) {}",
                GENERATE, "record Wide(Inner in, " + ints + ") {}", "}");
        Compilation c = Sources.compileAt(22, src);
        assertThat(c).succeeded();
        assertThat(c).generatedSourceFile("p.Foreign_WideLayout")
                .contentsAsUtf8String().contains("memoryLayoutM68K()");
    }
}
