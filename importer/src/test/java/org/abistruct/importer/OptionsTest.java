package org.abistruct.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.abistruct.Abi;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void readsEveryOption() {
        Options o = Options.parse("--package", "com.example.kvm", "--out", "src", "linux/kvm.h",
                "--struct", "kvm_run", "--abi", "AARCH64", "asm/kvm.h", "--verify");
        assertEquals("com.example.kvm", o.packageName());
        assertEquals(Path.of("src"), o.out());
        assertEquals(List.of("linux/kvm.h", "asm/kvm.h"), o.headers());
        assertEquals(List.of("kvm_run"), o.structs());
        assertEquals(Abi.AARCH64, o.abi());
        assertTrue(o.verify());
    }

    @Test
    void refusesWhatItCannotUse() {
        assertMessage("usage:", "--package", "a.b", "--out", "src");
        assertMessage("unknown option --bogus", "--bogus");
        assertMessage("not a Java package name", "--package", "com.example.if", "--out", "s", "linux/if.h");
        assertMessage("unknown ABI VAX", "--abi", "VAX");
        assertMessage("--out needs a value", "--package", "a", "--out");
        assertMessage("is not a folder", "--include", "/nonexistent/abistruct", "--package", "a",
                "--out", "s", "x.h");
    }

    private static void assertMessage(String part, String... args) {
        ImportException e = assertThrows(ImportException.class, () -> Options.parse(args));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
