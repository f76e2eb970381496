package org.abistruct;

import java.nio.ByteOrder;

/**
 * The C ABIs abistruct lays structures out for. Each names its byte order and the Debian GCC
 * (package {@code gcc-12-<triplet>}) that is the reference for its layouts.
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
    SH4("sh4-linux-gnu", ByteOrder.LITTLE_ENDIAN);

    private final String gccTriplet;
    private final ByteOrder byteOrder;

    Abi(String gccTriplet, ByteOrder byteOrder) {
        this.gccTriplet = gccTriplet;
        this.byteOrder = byteOrder;
    }

    /** The GNU target triplet of the reference compiler, such as {@code i686-linux-gnu}. */
    public String gccTriplet() {
        return gccTriplet;
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
                System.getProperty("sun.arch.data.model", ""), ByteOrder.nativeOrder());
    }

    /** {@link #host()} for the given system properties and native byte order. */
    static Abi host(String osName, String osArch, String dataModel, ByteOrder order) {
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
            case "arm" -> ARM;
            case "aarch64" -> AARCH64;
            case "m68k" -> M68K;
            case "s390x" -> S390X;
            case "mips" -> MIPS32;
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
