/**
 * x86's own KVM uapi ({@code asm/kvm.h}), where real headers use bitfields and tagless members:
 * the I/O APIC state that {@code KVM_GET_IRQCHIP} and {@code KVM_SET_IRQCHIP} move, each
 * redirection entry a tagless union of a 64-bit word and a tagless struct of bitfields.
 */
@AbiDefaults(implicitPadding = ImplicitPadding.ERROR)
package org.abistruct.examples.x86;

import org.abistruct.AbiDefaults;
import org.abistruct.ImplicitPadding;
