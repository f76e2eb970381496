package org.abistruct.processor.generate.cheader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.processor.layout.RandomDecls;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.testing.CompileResult;
import org.abistruct.testing.TestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headers of seeded random structs, all included by one file per ABI: strict in normal
 * mode, and in assert-only mode checking the struct definitions that {@link CStructWriter}
 * writes, so that GCC judges every asserted number. Tune with
 * {@code abistruct.cheader.count} and {@code abistruct.cheader.seed}.
 */
class RandomHeaderTest {
    private static final int DEFAULT_COUNT = 300;
    private static final long DEFAULT_SEED = 0xc0ffee_4eadL;

    @TempDir
    Path dir;

    @Test
    void randomHeadersCompileOnEveryAbiInBothModes() {
        int count = (int) TestProperties.number("abistruct.cheader.count", DEFAULT_COUNT);
        long seed = TestProperties.number("abistruct.cheader.seed", DEFAULT_SEED);
        Decls random = RandomDecls.generate(seed, count);
        List<StructDecl> decls = random.all();
        CHeaders headers = new CHeaders(dir, random.lookup());
        StringBuilder includes = new StringBuilder();
        long start = System.nanoTime();
        for (StructDecl decl : decls) {
            includes.append(headers.write(decl, List.of()));
        }
        EnumSet<Abi> abis = EnumSet.allOf(Abi.class);
        Map<Abi, CompileResult> normal = headers.compile(abis, CHeaders.STRICT, includes.toString());
        assertEquals("", CHeaders.failures(normal), "normal mode, seed " + seed);
        String assertOnly = CStructWriter.INCLUDES + "\n"
                + CStructWriter.definitions(decls, random.lookup())
                + "\n#define ABISTRUCT_ASSERT_ONLY\n" + includes;
        // The warning concerns the plain definitions above, not the headers.
        List<String> flags = new ArrayList<>(CHeaders.STRICT);
        flags.add("-Wno-packed-not-aligned");
        Map<Abi, CompileResult> checked = headers.compile(abis, flags, assertOnly);
        assertEquals("", CHeaders.failures(checked), "assert-only mode, seed " + seed);
        System.out.printf("cheader: %d random headers x %d ABIs x 2 modes compiled in %d ms"
                + " (seed %d)%n", decls.size(), abis.size(),
                (System.nanoTime() - start) / 1_000_000, seed);
    }
}
