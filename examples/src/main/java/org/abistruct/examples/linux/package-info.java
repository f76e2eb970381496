/**
 * Linux uapi structs and ioctls that a VMM's terminal and network back ends use: the terminal's
 * {@code winsize} and {@code termios}, the pseudo-terminal commands, and {@code ifreq} with the
 * TUN/TAP commands. On JDK 22 and later, {@code LinuxCalls} drives them against the running
 * kernel through {@code java.lang.foreign}.
 */
@AbiDefaults(implicitPadding = ImplicitPadding.IGNORE)
package org.abistruct.examples.linux;

import org.abistruct.AbiDefaults;
import org.abistruct.ImplicitPadding;
