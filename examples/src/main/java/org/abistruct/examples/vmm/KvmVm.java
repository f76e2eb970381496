package org.abistruct.examples.vmm;

import org.abistruct.Ioctl;

/** The commands without a struct argument that create a VM and its vcpu. */
@Ioctl(name = "KVM_CREATE_VM", type = 0xAE, nr = 0x01, dir = Ioctl.Dir.NONE)
@Ioctl(name = "KVM_GET_VCPU_MMAP_SIZE", type = 0xAE, nr = 0x04, dir = Ioctl.Dir.NONE)
@Ioctl(name = "KVM_CREATE_VCPU", type = 0xAE, nr = 0x41, dir = Ioctl.Dir.NONE)
@Ioctl(name = "KVM_RUN", type = 0xAE, nr = 0x80, dir = Ioctl.Dir.NONE)
public interface KvmVm {}
