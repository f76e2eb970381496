package org.abistruct.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.abistruct.Abi;
import org.abistruct.testing.CrossCompiler;
import org.abistruct.testing.LibcHeaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real uapi headers imported and verified as a user runs {@code import.sh --verify}: javac and
 * the processor accept every record, and every ABI's GCC asserts every size, alignment, offset
 * and ioctl number of the generated headers against the original ones.
 */
class KernelHeaderImportTest {
    private static final Pattern COVERAGE = Pattern.compile(
            "structs and unions of the headers: (\\d+), imported (\\d+)");

    @TempDir
    Path out;

    @BeforeAll
    static void compilers() {
        for (Abi abi : Abi.values()) {
            CrossCompiler.require(abi);
        }
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of(List.of("linux/kvm.h", "asm/kvm.h"), 95.0),
                // Each architecture's asm/kvm.h, with its own compiler. The skipped structs are
                // empty on that architecture (struct kvm_sregs { } on arm64), or hold __int128.
                Arguments.of(List.of("--abi", "AARCH64", "linux/kvm.h", "asm/kvm.h"), 95.0),
                Arguments.of(List.of("--abi", "PPC64", "linux/kvm.h", "asm/kvm.h"), 95.0),
                Arguments.of(List.of("--abi", "S390X", "linux/kvm.h", "asm/kvm.h"), 95.0),
                Arguments.of(List.of("--abi", "RISCV64", "linux/kvm.h", "asm/kvm.h"), 90.0),
                Arguments.of(List.of("linux/io_uring.h"), 95.0),
                Arguments.of(List.of("linux/if_tun.h"), 95.0),
                Arguments.of(List.of("linux/if.h", "--include", LibcHeaders.directory().toString()), 95.0),
                Arguments.of(List.of("linux/virtio_ring.h"), 95.0),
                // bpf_timer and bpf_dynptr hold only unnamed bitfields: 41 of 43.
                Arguments.of(List.of("linux/bpf.h"), 95.0));
    }

    @ParameterizedTest
    @MethodSource("headers")
    void importsAndVerifiesOnEveryAbi(List<String> headers, double least) {
        List<String> args = new ArrayList<>(List.of("--package", "com.example.imported",
                "--out", out.toString(), "--verify"));
        args.addAll(headers);
        Run run = Run.of(args.toArray(String[]::new));
        System.out.println(run.out.lines().filter(l -> !l.startsWith("  skipped ioctl")
                && !l.startsWith("  not on")).reduce((a, b) -> a + "\n" + b).orElse(""));
        assertEquals(0, run.exit, run.out + run.err);
        assertTrue(run.out.contains("javac and the abistruct processor: no errors"), run.out);
        Matcher m = COVERAGE.matcher(run.out);
        assertTrue(m.find(), run.out);
        double share = 100.0 * Integer.parseInt(m.group(2)) / Integer.parseInt(m.group(1));
        assertTrue(share >= least, headers + ": " + share + "% imported");
        long skipped = run.out.lines().filter(l -> l.startsWith("  skipped struct")
                || l.startsWith("  skipped union")).count();
        assertEquals(Integer.parseInt(m.group(1)) - Integer.parseInt(m.group(2)), skipped,
                "every struct not imported is named with its reason");
    }

    /** What a run of the command printed, and its exit status. */
    record Run(int exit, String out, String err) {
        static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
