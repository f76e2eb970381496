package org.abistruct.examples.linux;

import org.abistruct.Abi;
import org.abistruct.Ioctl;

/**
 * The pseudo-terminal commands of {@code /dev/ptmx}, whose argument is a scalar: the number of
 * the slave ({@code TIOCGPTN}, an {@code unsigned int}) and its lock ({@code TIOCSPTLCK}, an
 * {@code int}). Their numbers per ABI are in {@code TtyIoctls}. Sparc numbers them
 * {@code _IOR('t', 134, unsigned int)} and {@code _IOW('t', 135, int)}.
 */
@Ioctl(name = "TIOCGPTN", type = 'T', nr = 0x30, dir = Ioctl.Dir.READ, arg = Ioctl.Arg.UINT,
        legacy = @Ioctl.Legacy(number = 0x40047486L, abis = {Abi.SPARC64, Abi.SPARC32}))
@Ioctl(name = "TIOCSPTLCK", type = 'T', nr = 0x31, dir = Ioctl.Dir.WRITE, arg = Ioctl.Arg.INT,
        legacy = @Ioctl.Legacy(number = 0x80047487L, abis = {Abi.SPARC64, Abi.SPARC32}))
public interface Tty {}
