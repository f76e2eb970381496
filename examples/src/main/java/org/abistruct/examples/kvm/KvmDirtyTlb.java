package org.abistruct.examples.kvm;

import org.abistruct.Abi;
import org.abistruct.AbiStruct;
import org.abistruct.Compat;
import org.abistruct.ExpectSize;
import org.abistruct.ImplicitPadding;
import org.abistruct.Ioctl;
import org.abistruct.Unsigned;

/**
 * {@code struct kvm_dirty_tlb}, the argument of KVM_DIRTY_TLB, as mainline declares it. Its tail
 * padding exists only where {@code __u64} is 8-aligned, so it is 12 bytes for i386 user space and
 * 16 for the x86_64 kernel, and with it the number of KVM_DIRTY_TLB.
 */
@AbiStruct(name = "kvm_dirty_tlb", compat = Compat.GENERATE,
        implicitPadding = ImplicitPadding.IGNORE)
@Ioctl(name = "KVM_DIRTY_TLB", type = 0xAE, nr = 0xaa, dir = Ioctl.Dir.WRITE)
@ExpectSize(bytes = 16, abis = {Abi.X86_64, Abi.PPC32, Abi.PPC64})
@ExpectSize(bytes = 12, abis = {Abi.I386, Abi.M68K})
public record KvmDirtyTlb(@Unsigned long bitmap, @Unsigned int numDirty) {}
