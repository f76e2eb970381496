package org.abistruct.examples.linux;

import static org.abistruct.Abi.AARCH64;
import static org.abistruct.Abi.ARM;
import static org.abistruct.Abi.ARMHF;
import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.RISCV32;
import static org.abistruct.Abi.RISCV64;
import static org.abistruct.Abi.S390;
import static org.abistruct.Abi.S390X;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.CName;
import org.abistruct.Ioctl;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct termios} of {@code asm-generic/termbits.h} ({@code NCCS} 19), what
 * {@code TCGETS} reads, on the ABIs whose kernels use that definition and the legacy number
 * {@code 0x5401}; other architectures define another struct.
 */
@AbiStruct(name = "termios", abis = {X86_64, I386, X32, ARM, AARCH64, S390X, RISCV64, S390,
        RISCV32, ARMHF})
@Ioctl(name = "TCGETS", type = 'T', nr = 0x01, dir = Ioctl.Dir.READ, legacy = @Ioctl.Legacy(
        number = 0x5401, abis = {X86_64, I386, X32, ARM, AARCH64, S390X, RISCV64, S390, RISCV32,
            ARMHF}))
public record Termios(@Unsigned int cIflag, @Unsigned int cOflag, @Unsigned int cCflag,
                      @Unsigned int cLflag, @Unsigned byte cLine,
                      @CName("c_cc") @Length(19) @Unsigned byte[] cCc) {}
