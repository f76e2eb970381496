package org.abistruct.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The compiler lookup order and the policy for a missing compiler, on simulated machines. */
class CrossCompilerTest {
    @TempDir
    Path bin;

    @Test
    void missingCompilerFailsOnCi() {
        ToolEnvironment env = new ToolEnvironment(Map.of("PATH", bin.toString(), "CI", "true"));
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> CrossCompiler.require(Abi.M68K, env));
        assertTrue(e.getMessage().contains("gcc-12-m68k-linux-gnu"), e.getMessage());
        assertTrue(e.getMessage().contains("scripts/install-compilers.sh"), e.getMessage());
    }

    @Test
    void missingCompilerSkipsOutsideCi() {
        for (Map<String, String> vars : List.of(Map.of("PATH", bin.toString()),
                Map.of("PATH", bin.toString(), "CI", "false"))) {
            TestAbortedException e = assertThrows(TestAbortedException.class,
                    () -> CrossCompiler.require(Abi.SH4, new ToolEnvironment(vars)));
            assertTrue(e.getMessage().contains("gcc-12-sh4-linux-gnu"), e.getMessage());
            assertTrue(e.getMessage().contains("scripts/install-compilers.sh"), e.getMessage());
        }
    }

    @Test
    void prefersVersionedCompilerThenFallsBack() throws IOException {
        ToolEnvironment env = new ToolEnvironment(Map.of("PATH", "/nonexistent:" + bin, "CI", "true"));
        Path plain = executable("sparc64-linux-gnu-gcc");
        assertEquals(plain, CrossCompiler.require(Abi.SPARC64, env).executable());
        Path versioned = executable("sparc64-linux-gnu-gcc-12");
        assertEquals(versioned, CrossCompiler.require(Abi.SPARC64, env).executable());
    }

    @Test
    void nativeGccServesX86_64Only() throws IOException {
        Path gcc = executable("gcc");
        ToolEnvironment env = new ToolEnvironment(Map.of("PATH", bin.toString()));
        assertEquals(gcc, CrossCompiler.find(Abi.X86_64, env).orElseThrow().executable());
        assertFalse(CrossCompiler.find(Abi.I386, env).isPresent());
    }

    @Test
    void nonExecutableFileIsNotACompiler() throws IOException {
        Files.writeString(bin.resolve("mips-linux-gnu-gcc-12"), "");
        ToolEnvironment env = new ToolEnvironment(Map.of("PATH", bin.toString()));
        assertFalse(CrossCompiler.find(Abi.MIPS32, env).isPresent());
    }

    @Test
    void runsTheRealCompilerOnSource() {
        CrossCompiler cc = CrossCompiler.require(Abi.AARCH64);
        CompileResult good = cc.run(List.of("-std=c11", "-S", "-o", "-"), "int answer = 42;\n");
        assertTrue(good.ok(), good.stderr());
        assertTrue(good.stdout().contains("answer"), good.stdout());
        CompileResult bad = cc.run(List.of("-std=c11", "-fsyntax-only"), "int broken = ;\n");
        assertFalse(bad.ok());
        assertTrue(bad.stderr().contains("error"), bad.stderr());
        assertThrows(AssertionError.class, bad::orFail);
    }

    private Path executable(String name) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
