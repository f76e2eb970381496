package org.abistruct.examples.vmm;

import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.Ioctl;
import org.abistruct.Unsigned;

/** {@code struct kvm_userspace_memory_region}: guest physical memory backed by user memory. */
@AbiStruct(name = "kvm_userspace_memory_region", abis = {X86_64, I386, X32})
@Ioctl(name = "KVM_SET_USER_MEMORY_REGION", type = 0xAE, nr = 0x46, dir = Ioctl.Dir.WRITE)
public record KvmUserspaceMemoryRegion(@Unsigned int slot, @Unsigned int flags,
                                       @Unsigned long guestPhysAddr, @Unsigned long memorySize,
                                       @Unsigned long userspaceAddr) {}
