package org.abistruct.examples.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.testing.LibcHeaders;
import org.abistruct.testing.CompileResult;
import org.abistruct.testing.CrossCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated C headers of the terminal, socket and TUN commands in assert-only mode after
 * each ABI's own kernel headers: every legacy and encoded number, and the layouts of
 * {@code winsize}, {@code bpf_insn}, {@code ifreq} (its tagless {@code ifr_ifru} member by
 * member), {@code ifconf} and {@code termios}, asserted by that ABI's GCC; and a wrong legacy number refused.
 */
class LinuxHeaderTest {
    private static final List<String> FLAGS = List.of("-std=c11", "-fsyntax-only", "-Wall",
            "-Wextra", "-Werror");
    private static final String KERNEL = """
            #include <linux/types.h>
            #include <asm/ioctls.h>
            #include <asm/termios.h>
            #include <linux/if_tun.h>
            #include <linux/sockios.h>
            #include <linux/bpf.h>
            #include <linux/if.h>
            #define ABISTRUCT_ASSERT_ONLY
            """;
    private static final String HEADERS = """
            #include "abistruct/winsize.h"
            #include "abistruct/bpf_insn.h"
            #include "abistruct/ifreq.h"
            #include "abistruct/ifconf.h"
            #include "abistruct/tty_ioctls.h"
            #include "abistruct/tun_ioctls.h"
            #include "abistruct/sockios_ioctls.h"
            """;

    private static Path root;
    /** A {@code sys/socket.h} for {@code linux/if.h}, which the cross toolchains lack. */
    private static Path libc;

    @BeforeAll
    static void findHeaders() throws URISyntaxException {
        URL header = LinuxHeaderTest.class.getClassLoader().getResource("abistruct/winsize.h");
        assertNotNull(header, "abistruct/winsize.h is not on the class path");
        root = Path.of(header.toURI()).getParent().getParent();
        libc = LibcHeaders.directory();
    }

    @Test
    void theHeadersHoldAfterEveryAbisKernelHeaders() {
        StringBuilder failures = new StringBuilder();
        for (Abi abi : Abi.values()) {
            // asm-generic/termbits.h's struct termios, on the ABIs whose kernels use it.
            String termios = termiosAbis().contains(abi) ? "#include \"abistruct/termios.h\"\n"
                    : "";
            CompileResult result = compile(abi, KERNEL + HEADERS + termios);
            if (!result.ok()) {
                failures.append("\n== ").append(abi).append(": ").append(result.stderr());
            }
        }
        assertEquals("", failures.toString());
    }

    private static List<Abi> termiosAbis() {
        List<Abi> abis = new ArrayList<>();
        for (Abi abi : Abi.values()) {
            try {
                abis.add(TermiosLayout.of(abi).abi());
            } catch (IllegalArgumentException notLaidOut) {
                // Another struct termios there.
            }
        }
        return abis;
    }

    @Test
    void aWrongLegacyNumberIsRefused() {
        String wrong = KERNEL + "#undef TIOCGWINSZ\n#define TIOCGWINSZ 0x5412\n" + HEADERS;
        CompileResult result = compile(Abi.X86_64, wrong);
        assertFalse(result.ok(), "TIOCGWINSZ 0x5412 accepted");
        assertTrue(result.assertNames("TIOCGWINSZ", Abi.X86_64, "its legacy number"),
                result.stderr());
    }

    private static CompileResult compile(Abi abi, String source) {
        CrossCompiler compiler = CrossCompiler.require(abi);
        List<String> arguments = new ArrayList<>(FLAGS);
        arguments.addAll(compiler.ownHeaderFlags());
        arguments.add("-I" + root);
        arguments.add("-I" + libc);
        return compiler.run(arguments, source);
    }
}
