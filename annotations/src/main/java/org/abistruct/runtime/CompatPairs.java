package org.abistruct.runtime;

import org.abistruct.Abi;

/**
 * The compat pairs of a generated converter's {@code convert}, as a table of ABIs two by two,
 * user then kernel. Public for that code, not as an API of its own.
 */
public final class CompatPairs {
    /**
     * Every compat pair, user then kernel, in the order of the processor's table of them: the
     * x86 pairs, powerpc, arm and armhf, sparc, s390, mips o32 and n32, riscv and parisc.
     */
    private static final Abi[] ALL = {Abi.I386, Abi.X86_64, Abi.X32, Abi.X86_64, Abi.PPC32,
            Abi.PPC64, Abi.ARM, Abi.AARCH64, Abi.ARMHF, Abi.AARCH64, Abi.SPARC32, Abi.SPARC64,
            Abi.S390, Abi.S390X, Abi.MIPS32, Abi.MIPS64, Abi.MIPS_N32, Abi.MIPS64, Abi.RISCV32,
            Abi.RISCV64, Abi.HPPA, Abi.HPPA64};

    private CompatPairs() {}

    /** {@link #route(Abi[], Abi, Abi, String)} in the table of every pair. */
    public static int route(Abi from, Abi to, String cType) {
        return route(ALL, from, to, cType);
    }

    /** Every compat pair, user then kernel; a new array. */
    public static Abi[] all() {
        return ALL.clone();
    }

    /**
     * The route from {@code from} to {@code to}: {@code 2 * n} when they are pair {@code n}'s
     * user and kernel ABIs, {@code 2 * n + 1} when they are its kernel and user ABIs.
     *
     * @throws IllegalArgumentException naming {@code cType} if no pair has the two ABIs
     */
    public static int route(Abi[] pairs, Abi from, Abi to, String cType) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i] == from && pairs[i + 1] == to) {
                return i;
            }
            if (pairs[i] == to && pairs[i + 1] == from) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no compat pair of " + cType + " converts " + from
                + " to " + to);
    }
}
