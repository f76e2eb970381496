package org.abistruct.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

/**
 * Checks, before the compat benchmarks run, that the generated converters and every hand-written
 * variant write what {@code kvm_dirty_tlb}'s layouts say: each element's {@code bitmap} (8 bytes
 * at 0) and {@code num_dirty} (4 bytes at 8), and zeroes in the X86_64 tail padding (4 bytes at
 * 12), read back with plain little-endian {@code ByteBuffer} gets. Exits non-zero on a mismatch.
 */
public final class CompatCheck {
    private static final byte GARBAGE = 0x5a;

    private CompatCheck() {}

    public static void main(String[] args) {
        CompatMemory m = new CompatMemory();
        m.fill();
        CompatConvert generated = new CompatConvert();
        CompatVariants variants = new CompatVariants();
        int failures = 0;
        failures += toX86_64(m, "generated", generated::i386ToX86_64);
        failures += toX86_64(m, "ZeroInt", variants::i386ToX86_64ZeroInt);
        failures += toX86_64(m, "OneCopy", variants::i386ToX86_64OneCopy);
        failures += toX86_64(m, "Scalar", variants::i386ToX86_64Scalar);
        failures += toX86_64(m, "Widen", variants::i386ToX86_64Widen);
        failures += toI386(m, "generated", generated::x86_64ToI386);
        failures += toI386(m, "OneCopy", variants::x86_64ToI386OneCopy);
        failures += toI386(m, "Scalar", variants::x86_64ToI386Scalar);
        failures += toI386(m, "Paired", variants::x86_64ToI386Paired);
        fill(m.to64);
        generated.ppc32ToPpc64(m);
        if (!m.to64.duplicate().clear().equals(m.from64.duplicate().clear())) {
            System.err.println("PPC32 -> PPC64 generated: not a copy of the source");
            failures++;
        }
        if (failures > 0) {
            System.exit(1);
        }
        System.out.println("Compat converters and variants agree with the layouts.");
    }

    private static int toX86_64(CompatMemory m, String what, Consumer<CompatMemory> convert) {
        fill(m.to64);
        convert.accept(m);
        ByteBuffer from = m.from32.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer to = m.to64.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < CompatMemory.ENTRIES; n++) {
            int f = n * CompatMemory.SIZE_32;
            int t = n * CompatMemory.SIZE_64;
            if (to.getLong(t) != from.getLong(f) || to.getInt(t + 8) != from.getInt(f + 8)
                    || to.getInt(t + 12) != 0) {
                System.err.println("I386 -> X86_64 " + what + ": element " + n + " differs");
                return 1;
            }
        }
        return 0;
    }

    private static int toI386(CompatMemory m, String what, Consumer<CompatMemory> convert) {
        fill(m.to32);
        convert.accept(m);
        ByteBuffer from = m.from64.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer to = m.to32.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < CompatMemory.ENTRIES; n++) {
            int f = n * CompatMemory.SIZE_64;
            int t = n * CompatMemory.SIZE_32;
            if (to.getLong(t) != from.getLong(f) || to.getInt(t + 8) != from.getInt(f + 8)) {
                System.err.println("X86_64 -> I386 " + what + ": element " + n + " differs");
                return 1;
            }
        }
        return 0;
    }

    /** Fills a destination with a non-zero byte, so that padding left unwritten shows. */
    private static void fill(ByteBuffer to) {
        for (int i = 0; i < to.capacity(); i++) {
            to.put(i, GARBAGE);
        }
    }
}
