// Imported by abistruct from linux/io_uring.h (X86_64); import again rather than edit.
/**
 * The structs, unions, ioctls and constants of {@code linux/io_uring.h}, imported from
 * what X86_64's GCC compiled. Each record is declared on the ABIs whose headers
 * declare it the same way; their differences are converted, not reported.
 */
@AbiDefaults(abis = {Abi.X86_64, Abi.I386, Abi.X32, Abi.PPC32, Abi.PPC64, Abi.PPC64LE, Abi.ARM,
        Abi.AARCH64, Abi.M68K, Abi.S390X, Abi.MIPS32, Abi.RISCV64, Abi.SPARC64, Abi.SH4,
        Abi.SPARC32, Abi.S390, Abi.MIPS_N32, Abi.MIPS64, Abi.RISCV32, Abi.HPPA, Abi.HPPA64,
        Abi.ALPHA, Abi.MIPSEL, Abi.ARMHF},
        compat = Compat.GENERATE, implicitPadding = ImplicitPadding.IGNORE)
package org.abistruct.examples.uring;

import org.abistruct.Abi;
import org.abistruct.AbiDefaults;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
