/**
 * The x86 KVM structs and commands of the classic first VMM (one memory slot, one vcpu,
 * real-mode code writing to an I/O port): {@code kvm_regs}, {@code kvm_sregs},
 * {@code kvm_userspace_memory_region} and the head of {@code kvm_run}, on the x86 ABIs whose
 * {@code asm/kvm.h} defines them. They mirror the kernel's declarations as they are, so where
 * i386 lays one out differently from x86_64 (the exit details of {@code kvm_run}), that is a
 * fact to convert, not a mistake.
 */
@AbiDefaults(implicitPadding = ImplicitPadding.IGNORE, compat = Compat.GENERATE)
package org.abistruct.examples.vmm;

import org.abistruct.AbiDefaults;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
