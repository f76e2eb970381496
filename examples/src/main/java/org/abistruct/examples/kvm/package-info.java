/**
 * The KVM structs of the e500 shared-TLB interface, as the Linux uapi declares them.
 *
 * <p>Compat: these are ioctl arguments a 64-bit kernel takes from 32-bit user space too, so every
 * struct must have one layout in each 32/64-bit compat pair (the built-in IDENTICAL), except
 * {@code kvm_dirty_tlb}, which mainline declares with a 12-byte i386 and a 16-byte x86_64 layout;
 * it is declared {@code compat = GENERATE}, and its generated converters are what a compat
 * handler for KVM_DIRTY_TLB would need.
 *
 * <p>Implicit padding is an error here: a uapi struct with a hole the kernel copies back to user
 * space leaks kernel memory, and none of these structs has one. The one exception is
 * {@code kvm_dirty_tlb}'s tail padding on ABIs that 8-align {@code __u64}: it keeps the
 * mainline declaration, and KVM_DIRTY_TLB is {@code _IOW}, so the kernel only reads the struct and
 * never copies it back; it declares {@code implicitPadding = IGNORE}.
 */
@AbiDefaults(implicitPadding = ImplicitPadding.ERROR)
package org.abistruct.examples.kvm;

import org.abistruct.AbiDefaults;
import org.abistruct.ImplicitPadding;
