package org.abistruct.examples.vmm;

import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.CName;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * The head of {@code struct kvm_run}, the page a vcpu shares with user space: up to the exit
 * union, of which the {@code io} member is declared here, where the union starts. The rest of
 * the page is not read.
 */
@AbiStruct(name = "kvm_run_head", abis = {X86_64, I386, X32})
public record KvmRun(@Unsigned byte requestInterruptWindow, @Unsigned byte immediateExit,
                     @CName("padding1") @Length(6) @Unsigned byte[] padding1,
                     @Unsigned int exitReason, @Unsigned byte readyForInterruptInjection,
                     @Unsigned byte ifFlag, @Unsigned short flags, @Unsigned long cr8,
                     @Unsigned long apicBase, KvmRun.Io io) {

    /** The {@code io} member of the exit union: an {@code in} or {@code out} to a port. */
    @AbiStruct(name = "kvm_run_io", abis = {X86_64, I386, X32})
    public record Io(@Unsigned byte direction, @Unsigned byte size, @Unsigned short port,
                     @Unsigned int count, @Unsigned long dataOffset) {}
}
