package org.abistruct.examples.linux;

import static org.abistruct.Abi.AARCH64;
import static org.abistruct.Abi.ARM;
import static org.abistruct.Abi.ARMHF;
import static org.abistruct.Abi.HPPA;
import static org.abistruct.Abi.HPPA64;
import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.M68K;
import static org.abistruct.Abi.RISCV32;
import static org.abistruct.Abi.RISCV64;
import static org.abistruct.Abi.S390;
import static org.abistruct.Abi.S390X;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.Ioctl;
import org.abistruct.Unsigned;

/**
 * {@code struct winsize}, a terminal's size in characters and pixels: what
 * {@code TIOCGWINSZ} reads and {@code TIOCSWINSZ} writes. Most architectures keep the legacy
 * numbers {@code 0x5413} and {@code 0x5414}; powerpc, mips, sparc, alpha and sh encode them.
 */
@AbiStruct(name = "winsize")
@Ioctl(name = "TIOCGWINSZ", type = 't', nr = 104, dir = Ioctl.Dir.READ, legacy = @Ioctl.Legacy(
        number = 0x5413, abis = {X86_64, I386, X32, ARM, AARCH64, M68K, S390X, RISCV64, S390,
            RISCV32, HPPA, HPPA64, ARMHF}))
@Ioctl(name = "TIOCSWINSZ", type = 't', nr = 103, dir = Ioctl.Dir.WRITE, legacy = @Ioctl.Legacy(
        number = 0x5414, abis = {X86_64, I386, X32, ARM, AARCH64, M68K, S390X, RISCV64, S390,
            RISCV32, HPPA, HPPA64, ARMHF}))
public record Winsize(@Unsigned short wsRow, @Unsigned short wsCol, @Unsigned short wsXpixel,
                      @Unsigned short wsYpixel) {}
