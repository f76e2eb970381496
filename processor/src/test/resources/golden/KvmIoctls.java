package p;

import javax.annotation.processing.Generated;
import org.abistruct.Abi;

/**
 * The numbers of the ioctl commands declared on {@link Kvm}, per ABI.
 * Each is an unsigned 32-bit number in an {@code int}; read it with
 * {@link Integer#toUnsignedLong(int)}.
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
public final class KvmIoctls {
    private KvmIoctls() {
    }

    /** The number of {@code KVM_RUN}, {@code _IO(0xAE, 0x80)}, under {@code abi}. */
    public static int kvmRun(Abi abi) {
        return switch (abi) {
            case X86_64, I386, X32, ARM, AARCH64, M68K, S390X, RISCV64, SH4, S390, RISCV32, HPPA,
                    HPPA64, ARMHF -> 0x0000ae80;
            case PPC32, PPC64, PPC64LE, MIPS32, SPARC64, SPARC32, MIPS_N32, MIPS64, ALPHA, MIPSEL ->
                    0x2000ae80;
        };
    }

    /** The number of {@code KVM_GET_API_VERSION}, {@code _IO(0xAE, 0x00)}, under {@code abi}. */
    public static int kvmGetApiVersion(Abi abi) {
        return switch (abi) {
            case X86_64, I386, X32, ARM, AARCH64, M68K, S390X, RISCV64, SH4, S390, RISCV32, HPPA,
                    HPPA64, ARMHF -> 0x0000ae00;
            case PPC32, PPC64, PPC64LE, MIPS32, SPARC64, SPARC32, MIPS_N32, MIPS64, ALPHA, MIPSEL ->
                    0x2000ae00;
        };
    }
}
