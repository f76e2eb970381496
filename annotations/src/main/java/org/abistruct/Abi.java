package org.abistruct;

import java.nio.ByteOrder;
import java.util.List;

/**
 * The C ABIs abistruct lays structures out for: every Linux ABI a Debian GCC targets whose
 * structs a kernel shares with user space. Each names its byte order and the Debian GCC
 * (package {@code gcc-12-<triplet>}, with the flags that select the ABI) that is the reference
 * for its layouts.
 */
public enum Abi {
    X86_64("x86_64-linux-gnu", ByteOrder.LITTLE_ENDIAN),
    I386("i686-linux-gnu", ByteOrder.LITTLE_ENDIAN),
    X32("x86_64-linux-gnux32", ByteOrder.LITTLE_ENDIAN),
    PPC32("powerpc-linux-gnu", ByteOrder.BIG_ENDIAN),
    PPC64("powerpc64-linux-gnu", ByteOrder.BIG_ENDIAN),
    PPC64LE("powerpc64le-linux-gnu", ByteOrder.LITTLE_ENDIAN),
    ARM("arm-linux-gnueabi", ByteOrder.LITTLE_ENDIAN),
    AARCH64("aarch64-linux-gnu", ByteOrder.LITTLE_ENDIAN),
    M68K("m68k-linux-gnu", ByteOrder.BIG_ENDIAN),
    S390X("s390x-linux-gnu", ByteOrder.BIG_ENDIAN),
    MIPS32("mips-linux-gnu", ByteOrder.BIG_ENDIAN),
    RISCV64("riscv64-linux-gnu", ByteOrder.LITTLE_ENDIAN),
    SPARC64("sparc64-linux-gnu", ByteOrder.BIG_ENDIAN),
    SH4("sh4-linux-gnu", ByteOrder.LITTLE_ENDIAN),
    /** 32-bit sparc, which a sparc64 kernel serves under compat. */
    SPARC32("sparc64-linux-gnu", ByteOrder.BIG_ENDIAN, "-m32"),
    /** 31-bit s390, which an s390x kernel built with compat serves. */
    S390("s390x-linux-gnu", ByteOrder.BIG_ENDIAN, "-m31"),
    /** MIPS n32: 64-bit registers, 32-bit pointers and longs. */
    MIPS_N32("mips-linux-gnu", ByteOrder.BIG_ENDIAN, "-mips64", "-mabi=n32"),
    /** MIPS n64, big-endian. */
    MIPS64("mips-linux-gnu", ByteOrder.BIG_ENDIAN, "-mips64", "-mabi=64"),
    /** 32-bit RISC-V, which a riscv64 kernel (5.19 and later) serves under compat. */
    RISCV32("riscv64-linux-gnu", ByteOrder.LITTLE_ENDIAN, "-march=rv32gc", "-mabi=ilp32d"),
    /** PA-RISC user space, 32-bit. */
    HPPA("hppa-linux-gnu", ByteOrder.BIG_ENDIAN),
    /** The 64-bit PA-RISC kernel, whose user space is 32-bit {@link #HPPA}. */
    HPPA64("hppa64-linux-gnu", ByteOrder.BIG_ENDIAN),
    ALPHA("alpha-linux-gnu", ByteOrder.LITTLE_ENDIAN),
    /** MIPS o32, little-endian. */
    MIPSEL("mipsel-linux-gnu", ByteOrder.LITTLE_ENDIAN),
    /** ARM EABI with the hard-float calling convention; its structs are {@link #ARM}'s. */
    ARMHF("arm-linux-gnueabihf", ByteOrder.LITTLE_ENDIAN);

    private final String gccTriplet;
    private final ByteOrder byteOrder;
    private final List<String> gccFlags;

    Abi(String gccTriplet, ByteOrder byteOrder, String... gccFlags) {
        this.gccTriplet = gccTriplet;
        this.byteOrder = byteOrder;
        this.gccFlags = List.of(gccFlags);
    }

    /** The GNU target triplet of the reference compiler, such as {@code i686-linux-gnu}. */
    public String gccTriplet() {
        return gccTriplet;
    }

    /**
     * The flags that make the reference compiler target this ABI, such as {@code -m32} for
     * {@link #SPARC32}; none where the compiler's default is the ABI.
     */
    public List<String> gccFlags() {
        return gccFlags;
    }

    /** The Debian package of the reference compiler, such as {@code gcc-12-i686-linux-gnu}. */
    public String gccPackage() {
        return "gcc-12-" + gccTriplet.replace('_', '-');
    }

    /** The byte order of scalars in memory under this ABI. */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /**
     * The ABI of the running JVM: the Linux ABI of its architecture ({@code os.arch}), data model
     * ({@code sun.arch.data.model}) and byte order, as the structs the process shares with its
     * kernel are laid out.
     *
     * @throws UnsupportedOperationException if it runs on another system, or on an architecture
     *     and data model none of these ABIs is
     */
    public static Abi host() {
        return host(System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                System.getProperty("sun.arch.data.model", ""), ByteOrder.nativeOrder(),
                System.getProperty("sun.arch.abi", ""));
    }

    /** {@link #host()} for the given system properties and native byte order. */
    static Abi host(String osName, String osArch, String dataModel, ByteOrder order) {
        return host(osName, osArch, dataModel, order, "");
    }

    /**
     * {@link #host()} for the given system properties, native byte order and
     * {@code sun.arch.abi} ({@code gnueabihf} on hard-float ARM).
     */
    static Abi host(String osName, String osArch, String dataModel, ByteOrder order,
                    String archAbi) {
        if (!osName.equals("Linux")) {
            throw new UnsupportedOperationException("abistruct's ABIs are Linux ABIs; this JVM"
                    + " runs on " + osName);
        }
        boolean bits64 = !dataModel.equals("32");
        boolean big = order == ByteOrder.BIG_ENDIAN;
        Abi abi = switch (osArch) {
            case "amd64", "x86_64" -> bits64 ? X86_64 : X32;
            case "x86", "i386", "i486", "i586", "i686" -> I386;
            case "ppc" -> PPC32;
            case "ppc64" -> PPC64;
            case "ppc64le" -> PPC64LE;
            case "arm" -> archAbi.endsWith("hf") ? ARMHF : ARM;
            case "aarch64" -> AARCH64;
            case "m68k" -> M68K;
            case "s390x" -> S390X;
            case "mips" -> MIPS32;
            case "mipsel" -> MIPSEL;
            case "mips64" -> bits64 ? MIPS64 : MIPS_N32;
            case "sparc" -> SPARC32;
            case "s390" -> S390;
            case "riscv32" -> RISCV32;
            case "parisc", "hppa" -> HPPA;
            case "parisc64", "hppa64" -> HPPA64;
            case "alpha" -> ALPHA;
            case "riscv64" -> RISCV64;
            case "sparcv9", "sparc64" -> SPARC64;
            case "sh4", "sh" -> SH4;
            default -> null;
        };
        if (abi == null || abi.byteOrder() != order) {
            throw new UnsupportedOperationException("no abistruct ABI for os.arch " + osArch
                    + " with a " + dataModel + "-bit data model and " + order
                    + " byte order");
        }
        return abi;
    }
}
