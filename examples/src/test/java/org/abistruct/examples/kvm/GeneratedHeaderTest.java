package org.abistruct.examples.kvm;

import static org.abistruct.examples.kvm.KernelHeaders.HAVE_BOOK3E;
import static org.abistruct.examples.kvm.KernelHeaders.HAVE_KVM_H;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.abistruct.Abi;
import org.abistruct.testing.CompileResult;
import org.abistruct.testing.CrossCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The C headers the processor wrote beside the example classes, compiled by every cross
 * compiler: strict in normal mode, and in assert-only mode against the kernel's own
 * {@code <linux/kvm.h>} wherever the target's headers have it, struct layouts and the numbers
 * of KVM_DIRTY_TLB, KVM_ENABLE_CAP, KVM_RUN and KVM_GET_API_VERSION alike.
 */
class GeneratedHeaderTest {
    private static final List<String> FLAGS = List.of("-std=c11", "-ffreestanding",
            "-fsyntax-only", "-Wall", "-Wextra", "-Werror");
    private static final List<String> COMMON = List.of(
            "kvm_dirty_tlb.h", "kvm_enable_cap.h", "kvm_config_tlb.h", "kvm_ioctls.h");
    private static final List<String> BOOK3E = List.of(
            "kvm_book3e_206_tlb_entry.h", "kvm_book3e_206_tlb_params.h");
    /** Fails the compile unless every macro under test is defined where the headers look. */
    private static final String MACROS_DEFINED = "#if !defined(KVM_DIRTY_TLB)"
            + " || !defined(KVM_ENABLE_CAP) || !defined(KVM_RUN) || !defined(KVM_GET_API_VERSION)\n"
            + "#error \"an ioctl macro under test is not defined\"\n#endif\n";

    private static Path root;

    @BeforeAll
    static void findHeaders() throws URISyntaxException {
        URL header = GeneratedHeaderTest.class.getClassLoader().getResource("abistruct/kvm_dirty_tlb.h");
        assertNotNull(header, "abistruct/kvm_dirty_tlb.h is not on the class path");
        root = Path.of(header.toURI()).getParent().getParent();
    }

    @Test
    void theProcessorWroteOneHeaderPerStructAndOneForTheInterface() throws IOException {
        // This package's: the other example packages write their own beside them.
        Set<String> expected = new TreeSet<>(COMMON);
        expected.addAll(BOOK3E);
        Set<String> ours = new TreeSet<>();
        try (Stream<Path> files = Files.list(root.resolve("abistruct"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".h") && Files.readString(file).contains(
                        " org.abistruct.examples.kvm.")) {
                    ours.add(name);
                }
            }
        }
        assertEquals(expected, ours);
    }

    @Test
    void normalModeIsStrictOnEveryAbi() {
        String source = includes(COMMON) + includes(BOOK3E) + includes(COMMON)
                + "unsigned int dirty(const struct kvm_dirty_tlb *d) { return d->num_dirty; }\n";
        assertEquals("", failures(compile(EnumSet.allOf(Abi.class), source)), source);
    }

    /** The macros as each ABI's own {@code <asm/ioctl.h>} computes them, on every ABI. */
    @Test
    void normalModeChecksTheMacrosOfEveryAbisOwnIoctlEncoding() {
        String source = "#include <asm/ioctl.h>\n" + includes(COMMON)
                + "#define KVMIO 0xAE\n"
                + "#define KVM_DIRTY_TLB _IOW(KVMIO, 0xaa, struct kvm_dirty_tlb)\n"
                + "#define KVM_ENABLE_CAP _IOW(KVMIO, 0xa3, struct kvm_enable_cap)\n"
                + "#define KVM_RUN _IO(KVMIO, 0x80)\n"
                + "#define KVM_GET_API_VERSION _IO(KVMIO, 0x00)\n"
                + MACROS_DEFINED
                + "#define ABISTRUCT_ASSERT_ONLY\n" + includes(COMMON);
        assertEquals("", failures(compile(EnumSet.allOf(Abi.class), source)), source);
    }

    @Test
    void assertOnlyModeAgreesWithTheKernelsLinuxKvmH() {
        Set<Abi> others = EnumSet.copyOf(HAVE_KVM_H);
        others.removeAll(HAVE_BOOK3E);
        assertEquals("", failures(compile(others, againstKernel("", COMMON))));
        List<String> all = new ArrayList<>(COMMON);
        all.addAll(BOOK3E);
        assertEquals("", failures(compile(HAVE_BOOK3E, againstKernel("", all))));
    }

    /** The kernel's macros redefined with a wrong size and number: every ABI must refuse them. */
    @Test
    void assertOnlyModeFailsOnWrongKernelMacros() {
        String wrong = "#undef KVM_DIRTY_TLB\n"
                + "#define KVM_DIRTY_TLB _IOW(KVMIO, 0xaa, struct kvm_config_tlb)\n"
                + "#undef KVM_RUN\n#define KVM_RUN _IO(KVMIO, 0x81)\n";
        Map<Abi, CompileResult> results = compile(HAVE_KVM_H, againstKernel(wrong, COMMON));
        for (Abi abi : HAVE_KVM_H) {
            CompileResult result = results.get(abi);
            assertFalse(result.ok(), abi + " accepted wrong KVM_DIRTY_TLB and KVM_RUN");
            assertTrue(result.assertNames("KVM_DIRTY_TLB", abi,
                    "_IOW(0xAE, 0xaa, struct kvm_dirty_tlb)"), result.stderr());
            assertTrue(result.assertNames("KVM_RUN", abi, "_IO(0xAE, 0x80)"), result.stderr());
            assertFalse(result.stderr().contains("KVM_ENABLE_CAP on"), result.stderr());
        }
    }

    /** {@code <linux/kvm.h>}, then {@code extra}, then the headers in assert-only mode. */
    private static String againstKernel(String extra, List<String> headers) {
        return "#include <linux/kvm.h>\n" + MACROS_DEFINED + extra
                + "#define ABISTRUCT_ASSERT_ONLY\n" + includes(headers);
    }

    private static String includes(List<String> headers) {
        StringBuilder out = new StringBuilder();
        for (String header : headers) {
            out.append("#include \"abistruct/").append(header).append("\"\n");
        }
        return out.toString();
    }

    /** {@code source} compiled under each of {@code abis}, with only that target's own headers. */
    private static Map<Abi, CompileResult> compile(Set<Abi> abis, String source) {
        Map<Abi, CompileResult> results = new EnumMap<>(Abi.class);
        for (Abi abi : abis) {
            CrossCompiler compiler = CrossCompiler.require(abi);
            List<String> arguments = new ArrayList<>(FLAGS);
            arguments.addAll(compiler.ownHeaderFlags());
            arguments.add("-I" + root);
            results.put(abi, compiler.run(arguments, source));
        }
        return results;
    }

    private static String failures(Map<Abi, CompileResult> results) {
        StringBuilder out = new StringBuilder();
        results.forEach((abi, result) -> {
            if (!result.ok()) {
                out.append("\n== ").append(abi).append(": ").append(result.stderr());
            }
        });
        return out.toString();
    }
}
