package org.abistruct.examples.linux;

import org.abistruct.Ioctl;

/**
 * The TUN/TAP commands of {@code /dev/net/tun} ({@code linux/if_tun.h}), a VMM's network back
 * end: both pass a {@code struct ifreq}, though their macros name {@code int} and
 * {@code unsigned int}, which is what sizes their numbers.
 */
@Ioctl(name = "TUNSETIFF", type = 'T', nr = 202, dir = Ioctl.Dir.WRITE, arg = Ioctl.Arg.INT)
@Ioctl(name = "TUNGETIFF", type = 'T', nr = 210, dir = Ioctl.Dir.READ, arg = Ioctl.Arg.UINT)
public interface Tun {}
