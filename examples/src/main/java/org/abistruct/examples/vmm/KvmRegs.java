package org.abistruct.examples.vmm;

import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.Ioctl;
import org.abistruct.Unsigned;

/** {@code struct kvm_regs} of x86's {@code asm/kvm.h}: the general registers. */
@AbiStruct(name = "kvm_regs", abis = {X86_64, I386, X32})
@Ioctl(name = "KVM_GET_REGS", type = 0xAE, nr = 0x81, dir = Ioctl.Dir.READ)
@Ioctl(name = "KVM_SET_REGS", type = 0xAE, nr = 0x82, dir = Ioctl.Dir.WRITE)
public record KvmRegs(@Unsigned long rax, @Unsigned long rbx, @Unsigned long rcx,
                      @Unsigned long rdx, @Unsigned long rsi, @Unsigned long rdi,
                      @Unsigned long rsp, @Unsigned long rbp, @Unsigned long r8,
                      @Unsigned long r9, @Unsigned long r10, @Unsigned long r11,
                      @Unsigned long r12, @Unsigned long r13, @Unsigned long r14,
                      @Unsigned long r15, @Unsigned long rip, @Unsigned long rflags) {}
