/**
 * The x86 KVM structs and commands of the classic first VMM (one memory slot, one vcpu,
 * real-mode code writing to an I/O port): {@code kvm_regs}, {@code kvm_sregs},
 * {@code kvm_userspace_memory_region} and the head of {@code kvm_run}, on the x86 ABIs whose
 * {@code asm/kvm.h} defines them.
 */
@AbiDefaults(implicitPadding = ImplicitPadding.IGNORE)
package org.abistruct.examples.vmm;

import org.abistruct.AbiDefaults;
import org.abistruct.ImplicitPadding;
