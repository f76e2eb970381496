package org.abistruct.examples.kvm;

import org.abistruct.Ioctl;

/**
 * The argument-less KVM commands used with the shared TLB: {@code KVM_RUN} runs the vcpu, after
 * which the entry array shows the guest TLB. abistruct generates their numbers per ABI in
 * {@code KvmIoctls}, and the header {@code abistruct/kvm_ioctls.h}.
 */
@Ioctl(name = "KVM_RUN", type = 0xAE, nr = 0x80, dir = Ioctl.Dir.NONE)
@Ioctl(name = "KVM_GET_API_VERSION", type = 0xAE, nr = 0x00, dir = Ioctl.Dir.NONE)
public interface Kvm {}
