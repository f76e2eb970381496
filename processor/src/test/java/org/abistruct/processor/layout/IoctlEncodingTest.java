package org.abistruct.processor.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.Ioctl;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.Test;

/**
 * The ioctl encoding table against each ABI's own {@code asm/ioctl.h}: every number, and
 * whether a size fits at all, is what the reference GCC computes with the kernel's macros.
 */
class IoctlEncodingTest {
    private static final String PRELUDE = ""
            + "#include <stdint.h>\n"
            + "#include <asm/ioctl.h>\n"
            + "struct kvm_dirty_tlb { uint64_t bitmap; uint32_t num_dirty; };\n"
            + "struct kvm_enable_cap { uint32_t cap; uint32_t flags; uint64_t args[4];"
            + " uint8_t pad[64]; };\n"
            + "struct kvm_config_tlb { uint64_t params; uint64_t array; uint32_t mmu_type;"
            + " uint32_t array_len; };\n";

    /** One command: its declaration and the C type of its argument (empty for {@code _IO}). */
    private record Case(IoctlDecl decl, String argument) {
        String macroCall() {
            String head = decl.macro() + "(" + decl.type() + ", " + decl.nr();
            return argument.isEmpty() ? head + ")" : head + ", " + argument + ")";
        }

        String dirConstant() {
            return switch (decl.dir()) {
                case NONE -> "_IOC_NONE";
                case READ -> "_IOC_READ";
                case WRITE -> "_IOC_WRITE";
                case READ_WRITE -> "(_IOC_READ | _IOC_WRITE)";
            };
        }
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(ioctl("KVM_DIRTY_TLB", 0xAE, 0xaa, Ioctl.Dir.WRITE), "struct kvm_dirty_tlb"));
        cases.add(new Case(ioctl("KVM_ENABLE_CAP", 0xAE, 0xa3, Ioctl.Dir.WRITE), "struct kvm_enable_cap"));
        cases.add(new Case(ioctl("KVM_RUN", 0xAE, 0x80, Ioctl.Dir.NONE), ""));
        cases.add(new Case(ioctl("IO_EDGE", 0xff, 0xff, Ioctl.Dir.NONE), ""));
        cases.add(new Case(ioctl("GET_CONFIG", 0xAE, 0x01, Ioctl.Dir.READ), "struct kvm_config_tlb"));
        cases.add(new Case(ioctl("SWAP_CAP", 0x00, 0x00, Ioctl.Dir.READ_WRITE), "struct kvm_enable_cap"));
        for (int size : new int[] {1, 8191, 8192, 16383, 16384, 65535}) {
            for (Ioctl.Dir dir : new Ioctl.Dir[] {Ioctl.Dir.READ, Ioctl.Dir.WRITE, Ioctl.Dir.READ_WRITE}) {
                cases.add(new Case(ioctl("EDGE_" + dir + "_" + size, 0xff, 0xff, dir),
                        "char[" + size + "]"));
            }
        }
        return cases;
    }

    private static IoctlDecl ioctl(String name, int type, int nr, Ioctl.Dir dir) {
        return new IoctlDecl(name, type, nr, dir);
    }

    @Test
    void numbersAndLimitsAreThoseOfEachAbisHeaders() {
        List<Case> cases = cases();
        CProbe probe = new CProbe(PRELUDE);
        for (Case c : cases) {
            String v = c.macroCall();
            String name = c.decl().name();
            probe.add(name + " lo", "(" + v + ") & 0xffff");
            probe.add(name + " hi", "(" + v + ") >> 16");
            probe.add(name + " sizeof", c.argument().isEmpty() ? "0" : "sizeof(" + c.argument() + ")");
            probe.add(name + " decoded size", "_IOC_SIZE(" + v + ")");
            probe.add(name + " decoded dir", "_IOC_DIR(" + v + ")");
            probe.add(name + " dir", c.dirConstant());
        }
        Map<Abi, Map<String, Long>> gcc = probe.runAll(EnumSet.allOf(Abi.class));
        int fitting = 0;
        int overflowing = 0;
        for (Abi abi : Abi.values()) {
            Map<String, Long> values = gcc.get(abi);
            for (Case c : cases) {
                String name = c.decl().name();
                long size = values.get(name + " sizeof");
                boolean fits = values.get(name + " decoded size") == size
                        && values.get(name + " decoded dir").equals(values.get(name + " dir"));
                IoctlNumber ours = IoctlEncoding.of(abi).number(c.decl(), size);
                String where = name + " on " + abi;
                assertEquals(fits, ours.fits(), where + ": " + ours.problem());
                if (fits) {
                    long expected = values.get(name + " hi") << 16 | values.get(name + " lo");
                    assertEquals(expected, ours.value(), where);
                    fitting++;
                } else {
                    assertTrue(ours.problem().contains(name) && ours.problem().contains(abi.name()),
                            ours.problem());
                    overflowing++;
                }
            }
        }
        // Each size edge must both fit and overflow somewhere, or the edges test nothing.
        assertTrue(fitting > 0 && overflowing > 0, fitting + " fitting, " + overflowing + " not");
        assertEquals(0x4010AEAAL, gcc.get(Abi.X86_64).get("KVM_DIRTY_TLB hi") << 16
                | gcc.get(Abi.X86_64).get("KVM_DIRTY_TLB lo"), "the probe reads the kernel's number");
    }

    @Test
    void sizeEdgesDifferBetweenEncodings() {
        IoctlDecl write = ioctl("W", 0, 0, Ioctl.Dir.WRITE);
        assertTrue(IoctlEncoding.of(Abi.X86_64).number(write, 16383).fits());
        assertFalse(IoctlEncoding.of(Abi.X86_64).number(write, 16384).fits());
        assertFalse(IoctlEncoding.of(Abi.PPC64).number(write, 8192).fits());
        assertTrue(IoctlEncoding.of(Abi.SPARC64).number(write, 8192).fits());
    }

    @Test
    void commandWithoutArgumentRejectsASize() {
        IoctlDecl run = ioctl("KVM_RUN", 0xAE, 0x80, Ioctl.Dir.NONE);
        assertThrows(IllegalArgumentException.class, () -> IoctlEncoding.of(Abi.ARM).number(run, 4));
        assertThrows(IllegalStateException.class,
                () -> IoctlEncoding.of(Abi.ARM).number(ioctl("BIG", 1, 1, Ioctl.Dir.READ), 1 << 20).value());
    }

    @Test
    void declarationRejectsFieldsOutsideAByte() {
        assertThrows(IllegalArgumentException.class, () -> ioctl("X", 0x100, 0, Ioctl.Dir.NONE));
        assertThrows(IllegalArgumentException.class, () -> ioctl("X", 0, -1, Ioctl.Dir.NONE));
        assertThrows(IllegalArgumentException.class, () -> ioctl("1X", 0, 0, Ioctl.Dir.NONE));
    }
}
