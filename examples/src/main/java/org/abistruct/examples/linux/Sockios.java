package org.abistruct.examples.linux;

import static org.abistruct.Abi.ALPHA;
import static org.abistruct.Abi.MIPS32;
import static org.abistruct.Abi.MIPS64;
import static org.abistruct.Abi.MIPSEL;
import static org.abistruct.Abi.MIPS_N32;
import static org.abistruct.Abi.PPC32;
import static org.abistruct.Abi.PPC64;
import static org.abistruct.Abi.PPC64LE;
import static org.abistruct.Abi.SPARC32;
import static org.abistruct.Abi.SPARC64;

import org.abistruct.Ioctl;

/**
 * The socket commands of {@code linux/sockios.h}: legacy numbers, {@code 0x89xx} on every
 * architecture, which {@code _IO} would encode otherwise where its NONE direction is not 0.
 */
@Ioctl(name = "SIOCGIFCONF", type = 0x89, nr = 0x12, dir = Ioctl.Dir.NONE, legacy = @Ioctl.Legacy(
        number = 0x8912, abis = {PPC32, PPC64, PPC64LE, MIPS32,
        SPARC64, SPARC32, MIPS_N32, MIPS64, ALPHA, MIPSEL}))
@Ioctl(name = "SIOCSIFFLAGS", type = 0x89, nr = 0x14, dir = Ioctl.Dir.NONE, legacy = @Ioctl.Legacy(
        number = 0x8914, abis = {PPC32, PPC64, PPC64LE, MIPS32,
        SPARC64, SPARC32, MIPS_N32, MIPS64, ALPHA, MIPSEL}))
@Ioctl(name = "SIOCGIFINDEX", type = 0x89, nr = 0x33, dir = Ioctl.Dir.NONE, legacy = @Ioctl.Legacy(
        number = 0x8933, abis = {PPC32, PPC64, PPC64LE, MIPS32,
        SPARC64, SPARC32, MIPS_N32, MIPS64, ALPHA, MIPSEL}))
public interface Sockios {}
