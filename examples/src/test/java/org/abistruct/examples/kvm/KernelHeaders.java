package org.abistruct.examples.kvm;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.abistruct.Abi;

/** Which ABIs' installed kernel headers declare the KVM structs, for the tests that compile them. */
final class KernelHeaders {
    /** The ABIs whose headers have {@code <linux/kvm.h>}. */
    static final Set<Abi> HAVE_KVM_H = Collections.unmodifiableSet(EnumSet.of(Abi.X86_64,
            Abi.I386, Abi.X32, Abi.PPC32, Abi.PPC64, Abi.PPC64LE, Abi.AARCH64, Abi.S390X,
            Abi.MIPS32, Abi.RISCV64, Abi.S390, Abi.MIPS_N32, Abi.MIPS64, Abi.RISCV32,
            Abi.MIPSEL));
    /** The ABIs whose {@code <asm/kvm.h>} declares the book3e structs: powerpc's. */
    static final Set<Abi> HAVE_BOOK3E =
            Collections.unmodifiableSet(EnumSet.of(Abi.PPC32, Abi.PPC64, Abi.PPC64LE));

    private KernelHeaders() {}
}
