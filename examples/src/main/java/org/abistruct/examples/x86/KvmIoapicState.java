package org.abistruct.examples.x86;

import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct kvm_ioapic_state} of x86's {@code asm/kvm.h}: the I/O APIC's registers and its
 * 24 redirection entries ({@code KVM_IOAPIC_NUM_PINS}).
 */
@AbiStruct(name = "kvm_ioapic_state", abis = {X86_64, I386, X32})
public record KvmIoapicState(@Unsigned long baseAddress, @Unsigned int ioregsel,
                             @Unsigned int id, @Unsigned int irr, @Unsigned int pad,
                             @Length(24) KvmIoapicRedirEntry[] redirtbl) {
    /** {@code KVM_IOAPIC_NUM_PINS}. */
    public static final int NUM_PINS = 24;
}
