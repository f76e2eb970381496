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
}
