package org.abistruct.examples.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.abistruct.Abi;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated numbers of the terminal and TUN commands, legacy and encoded, scalar argument
 * and struct, against the values GCC computes from each ABI's own kernel headers
 * ({@code asm/ioctls.h}, {@code asm/termbits.h}, {@code linux/if_tun.h}), and the sizes of
 * {@code struct winsize} and {@code struct termios} there.
 */
class LinuxIoctlNumberTest {
    private static final String PRELUDE = """
            #include <linux/types.h>
            #include <asm/ioctls.h>
            #include <asm/termbits.h>
            #include <asm/termios.h>
            #include <linux/if_tun.h>
            #include <linux/sockios.h>
            #include <linux/if_packet.h>
            """;
    private static final Set<Abi> TERMIOS = EnumSet.of(Abi.X86_64, Abi.I386, Abi.X32, Abi.ARM,
            Abi.AARCH64, Abi.S390X, Abi.RISCV64);

    /** A command, the ABIs it is declared on, and its generated number under one. */
    private record Command(String macro, Set<Abi> abis, ToIntFunction<Abi> generated) {}

    private static final List<Command> COMMANDS = List.of(
            new Command("TIOCGWINSZ", EnumSet.allOf(Abi.class),
                    abi -> WinsizeLayout.of(abi).tiocgwinsz()),
            new Command("TIOCSWINSZ", EnumSet.allOf(Abi.class),
                    abi -> WinsizeLayout.of(abi).tiocswinsz()),
            new Command("TCGETS", TERMIOS, abi -> TermiosLayout.of(abi).tcgets()),
            new Command("TIOCGPTN", EnumSet.allOf(Abi.class), TtyIoctls::tiocgptn),
            new Command("TIOCSPTLCK", EnumSet.allOf(Abi.class), TtyIoctls::tiocsptlck),
            new Command("TUNSETIFF", EnumSet.allOf(Abi.class), TunIoctls::tunsetiff),
            new Command("TUNGETIFF", EnumSet.allOf(Abi.class), TunIoctls::tungetiff),
            new Command("SIOCGIFCONF", EnumSet.allOf(Abi.class), SockiosIoctls::siocgifconf),
            new Command("SIOCSIFFLAGS", EnumSet.allOf(Abi.class), SockiosIoctls::siocsifflags),
            new Command("SIOCGIFINDEX", EnumSet.allOf(Abi.class), SockiosIoctls::siocgifindex));

    private static Map<Abi, Map<String, Long>> gcc;

    @BeforeAll
    static void probe() {
        CProbe probe = new CProbe(PRELUDE).ownHeadersOnly()
                .add("winsize", "sizeof(struct winsize)")
                .add("termios", "sizeof(struct termios)")
                .add("sockaddr_ll", "sizeof(struct sockaddr_ll)")
                .add("sockaddr_ll.ifindex", "__builtin_offsetof(struct sockaddr_ll, sll_ifindex)")
                .add("sockaddr_ll.addr", "__builtin_offsetof(struct sockaddr_ll, sll_addr)");
        for (Command command : COMMANDS) {
            probe.add(command.macro() + ".lo", "((" + command.macro() + ") & 0xffff)");
            probe.add(command.macro() + ".hi", "((" + command.macro() + ") >> 16)");
        }
        gcc = probe.runAll(EnumSet.allOf(Abi.class));
    }

    @Test
    void generatedNumbersMatchGccOnEveryAbi() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Command command : COMMANDS) {
            for (Abi abi : command.abis()) {
                Map<String, Long> facts = gcc.get(abi);
                long expected = facts.get(command.macro() + ".hi") << 16
                        | facts.get(command.macro() + ".lo");
                long actual = Integer.toUnsignedLong(command.generated().applyAsInt(abi));
                compared++;
                if (expected != actual) {
                    mismatches.add(String.format("%s on %s: GCC 0x%08x, generated 0x%08x",
                            command.macro(), abi, expected, actual));
                }
            }
        }
        System.out.printf("terminal and TUN ioctl numbers: %d compared with GCC, %d mismatches%n",
                compared, mismatches.size());
        assertEquals(List.of(), mismatches);
    }

    @Test
    void structSizesMatchGcc() {
        for (Abi abi : Abi.values()) {
            assertEquals(gcc.get(abi).get("winsize"), (long) WinsizeLayout.of(abi).size(),
                    "winsize on " + abi);
        }
        for (Abi abi : Abi.values()) {
            SockaddrLlLayout ll = SockaddrLlLayout.of(abi);
            assertEquals(gcc.get(abi).get("sockaddr_ll"), (long) ll.size(), "sockaddr_ll " + abi);
            assertEquals(gcc.get(abi).get("sockaddr_ll.ifindex"), (long) ll.sllIfindexOffset());
            assertEquals(gcc.get(abi).get("sockaddr_ll.addr"), (long) ll.sllAddrOffset());
        }
        for (Abi abi : TERMIOS) {
            assertEquals(gcc.get(abi).get("termios"), (long) TermiosLayout.of(abi).size(),
                    "termios on " + abi);
        }
    }
}
