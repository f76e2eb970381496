package org.abistruct.processor.generate.cheader;

import java.util.EnumMap;
import java.util.Map;
import org.abistruct.Abi;

/**
 * The C preprocessor condition that holds exactly when the including compiler targets an ABI,
 * from the macros its reference GCC predefines ({@code <triplet>-gcc-12 -dM -E - </dev/null}).
 * Every identifier is tested with {@code defined} before its value is compared, so the
 * conditions stay quiet under {@code -Wundef}.
 */
public final class CTarget {
    private static final String BIG = "__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__";
    private static final String LITTLE = "__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__";
    private static final Map<Abi, String> CONDITIONS = new EnumMap<>(Abi.class);

    static {
        // x32 and x86_64 share __x86_64__; x32 is the ILP32 one.
        row(Abi.X86_64, "defined(__x86_64__) && defined(__LP64__)");
        row(Abi.I386, "defined(__i386__)");
        row(Abi.X32, "defined(__x86_64__) && defined(__ILP32__)");
        row(Abi.PPC32, "defined(__powerpc__) && !defined(__powerpc64__) && " + order(BIG));
        row(Abi.PPC64, "defined(__powerpc64__) && " + order(BIG));
        row(Abi.PPC64LE, "defined(__powerpc64__) && " + order(LITTLE));
        // armel and armhf differ only in how floats are passed, which __ARM_PCS_VFP tells.
        row(Abi.ARM, "defined(__arm__) && defined(__ARM_EABI__) && !defined(__ARM_PCS_VFP) && "
                + order(LITTLE));
        row(Abi.AARCH64, "defined(__aarch64__) && defined(__LP64__) && " + order(LITTLE));
        row(Abi.M68K, "defined(__m68k__)");
        row(Abi.S390X, "defined(__s390x__)");
        row(Abi.S390, "defined(__s390__) && !defined(__s390x__)");
        row(Abi.MIPS32, "defined(__mips__) && defined(_MIPS_SIM) && defined(_ABIO32)"
                + " && _MIPS_SIM == _ABIO32 && " + order(BIG));
        row(Abi.RISCV64, "defined(__riscv) && defined(__riscv_xlen) && __riscv_xlen == 64"
                + " && defined(__LP64__)");
        row(Abi.SPARC64, "defined(__sparc__) && defined(__arch64__)");
        row(Abi.SH4, "defined(__sh__) && " + order(LITTLE));
        row(Abi.SPARC32, "defined(__sparc__) && !defined(__arch64__)");
        row(Abi.MIPS_N32, "defined(__mips__) && defined(_MIPS_SIM) && defined(_ABIN32)"
                + " && _MIPS_SIM == _ABIN32 && " + order(BIG));
        row(Abi.MIPS64, "defined(__mips__) && defined(_MIPS_SIM) && defined(_ABI64)"
                + " && _MIPS_SIM == _ABI64 && " + order(BIG));
        row(Abi.MIPSEL, "defined(__mips__) && defined(_MIPS_SIM) && defined(_ABIO32)"
                + " && _MIPS_SIM == _ABIO32 && " + order(LITTLE));
        row(Abi.RISCV32, "defined(__riscv) && defined(__riscv_xlen) && __riscv_xlen == 32");
        row(Abi.HPPA, "defined(__hppa__) && !defined(__LP64__)");
        row(Abi.HPPA64, "defined(__hppa__) && defined(__LP64__)");
        row(Abi.ALPHA, "defined(__alpha__)");
        row(Abi.ARMHF, "defined(__arm__) && defined(__ARM_EABI__) && defined(__ARM_PCS_VFP) && "
                + order(LITTLE));
    }

    private CTarget() {}

    private static void row(Abi abi, String condition) {
        CONDITIONS.put(abi, condition);
    }

    private static String order(String test) {
        return "defined(__BYTE_ORDER__) && " + test;
    }

    /** The condition for {@code abi}, for use in {@code #if} and {@code #elif}. */
    public static String condition(Abi abi) {
        return CONDITIONS.get(abi);
    }
}
