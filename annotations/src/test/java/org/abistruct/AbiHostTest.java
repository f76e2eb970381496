package org.abistruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** {@link Abi#host()}: the running JVM's ABI from its system properties. */
class AbiHostTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;

    @Test
    void architecturesAndDataModelsNameTheirAbi() {
        assertEquals(Abi.X86_64, Abi.host("Linux", "amd64", "64", LE));
        assertEquals(Abi.X32, Abi.host("Linux", "amd64", "32", LE));
        assertEquals(Abi.I386, Abi.host("Linux", "i386", "32", LE));
        assertEquals(Abi.AARCH64, Abi.host("Linux", "aarch64", "64", LE));
        assertEquals(Abi.PPC64LE, Abi.host("Linux", "ppc64le", "64", LE));
        assertEquals(Abi.PPC64, Abi.host("Linux", "ppc64", "64", BE));
        assertEquals(Abi.S390X, Abi.host("Linux", "s390x", "64", BE));
        assertEquals(Abi.RISCV64, Abi.host("Linux", "riscv64", "64", LE));
        assertEquals(Abi.MIPSEL, Abi.host("Linux", "mipsel", "32", LE));
        assertEquals(Abi.MIPS64, Abi.host("Linux", "mips64", "64", BE));
        assertEquals(Abi.MIPS_N32, Abi.host("Linux", "mips64", "32", BE));
        assertEquals(Abi.SPARC32, Abi.host("Linux", "sparc", "32", BE));
        assertEquals(Abi.S390, Abi.host("Linux", "s390", "32", BE));
        assertEquals(Abi.RISCV32, Abi.host("Linux", "riscv32", "32", LE));
        assertEquals(Abi.HPPA, Abi.host("Linux", "parisc", "32", BE));
        assertEquals(Abi.ALPHA, Abi.host("Linux", "alpha", "64", LE));
    }

    @Test
    void armsFloatAbiTellsArmFromArmhf() {
        assertEquals(Abi.ARM, Abi.host("Linux", "arm", "32", LE, "gnueabi"));
        assertEquals(Abi.ARMHF, Abi.host("Linux", "arm", "32", LE, "gnueabihf"));
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        assertThrows(UnsupportedOperationException.class,
                () -> Abi.host("Mac OS X", "aarch64", "64", LE));
        assertThrows(UnsupportedOperationException.class,
                () -> Abi.host("Linux", "loongarch64", "64", LE));
        assertThrows(UnsupportedOperationException.class,
                () -> Abi.host("Linux", "mips", "32", LE), "mipsel is not MIPS32");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @EnabledIfSystemProperty(named = "os.arch", matches = "amd64")
    void aLinuxAmd64JvmIsX86_64() {
        assertEquals(Abi.X86_64, Abi.host());
    }
}
