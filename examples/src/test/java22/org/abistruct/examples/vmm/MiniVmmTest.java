package org.abistruct.examples.vmm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.abistruct.examples.linux.SyscallException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first VMM: where {@code /dev/kvm} exists it runs the guest and reads its output; where it
 * does not (these machines), it must say so by errno and stop, and that is tested, as is the
 * guest image, against the system assembler.
 */
class MiniVmmTest {
    @TempDir
    Path dir;

    @Test
    void theGuestPrintsTheSumOrTheVmmSaysWhyItCannotRun() throws SyscallException {
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "x86 guest code");
        MiniVmm.Outcome outcome = MiniVmm.run(2, 2);
        if (Files.exists(Path.of("/dev/kvm"))) {
            assertTrue(outcome.ran(), outcome.reason());
            assertEquals("4\n", outcome.output());
        } else {
            assertEquals(false, outcome.ran());
            assertEquals("open /dev/kvm: ENOENT (2)", outcome.reason());
            assumeTrue(false, "no /dev/kvm on this machine: " + outcome.reason());
        }
    }

    @Test
    void theGuestImageIsWhatTheAssemblerMakes() throws IOException, InterruptedException {
        Path source = dir.resolve("guest.s");
        Files.writeString(source, """
                .code16
                mov $0x3f8, %dx
                add %bl, %al
                add $'0', %al
                out %al, (%dx)
                mov $'\\n', %al
                out %al, (%dx)
                hlt
                """);
        Path object = dir.resolve("guest.o");
        Path binary = dir.resolve("guest.bin");
        run("as", "--32", "-o", object.toString(), source.toString());
        run("objcopy", "-O", "binary", "-j", ".text", object.toString(), binary.toString());
        assertArrayEquals(Files.readAllBytes(binary), MiniVmm.GUEST);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }
}
