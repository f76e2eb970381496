package org.abistruct.examples.vmm;

import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.Anonymous;
import org.abistruct.CChar;
import org.abistruct.CName;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * {@code struct kvm_run} of {@code linux/kvm.h}, the page a vcpu shares with user space, as the
 * kernel declares it: its head, the anonymous union of exit details (the x86 exits' members;
 * {@code padding} fixes its size at 256 bytes), and the register-sync area. Each exit's member
 * is a tagless struct, as in C: {@code struct { ... } io;}.
 */
@AbiStruct(name = "kvm_run", abis = {X86_64, I386, X32})
public record KvmRun(@Unsigned byte requestInterruptWindow, @Unsigned byte immediateExit,
                     @CName("padding1") @Length(6) @Unsigned byte[] padding1,
                     @Unsigned int exitReason, @Unsigned byte readyForInterruptInjection,
                     @Unsigned byte ifFlag, @Unsigned short flags, @Unsigned long cr8,
                     @Unsigned long apicBase, @Anonymous Exit exit, @Unsigned long kvmValidRegs,
                     @Unsigned long kvmDirtyRegs, Sync s) {

    /** The union of exit details, which {@code exit_reason} selects. */
    @AbiUnion(name = "kvm_run_exit", tagless = true, abis = {X86_64, I386, X32})
    public record Exit(Hw hw, FailEntry failEntry, Ex ex, Io io, Mmio mmio, Hypercall hypercall,
                       TprAccess tprAccess, Internal internal, SystemEvent systemEvent, Eoi eoi,
                       Msr msr, @CName("notify") Notify notifyExit,
                       @CChar @Length(256) byte[] padding) {}

    /** {@code KVM_EXIT_UNKNOWN}. */
    @AbiStruct(name = "kvm_run_hw", tagless = true, abis = {X86_64, I386, X32})
    public record Hw(@Unsigned long hardwareExitReason) {}

    /** {@code KVM_EXIT_FAIL_ENTRY}. */
    @AbiStruct(name = "kvm_run_fail_entry", tagless = true, abis = {X86_64, I386, X32})
    public record FailEntry(@Unsigned long hardwareEntryFailureReason, @Unsigned int cpu) {}

    /** {@code KVM_EXIT_EXCEPTION}. */
    @AbiStruct(name = "kvm_run_ex", tagless = true, abis = {X86_64, I386, X32})
    public record Ex(@Unsigned int exception, @Unsigned int errorCode) {}

    /** {@code KVM_EXIT_IO}: an {@code in} or {@code out} to a port. */
    @AbiStruct(name = "kvm_run_io", tagless = true, abis = {X86_64, I386, X32})
    public record Io(@Unsigned byte direction, @Unsigned byte size, @Unsigned short port,
                     @Unsigned int count, @Unsigned long dataOffset) {}

    /** {@code KVM_EXIT_MMIO}. */
    @AbiStruct(name = "kvm_run_mmio", tagless = true, abis = {X86_64, I386, X32})
    public record Mmio(@Unsigned long physAddr, @Length(8) @Unsigned byte[] data,
                       @Unsigned int len, @Unsigned byte isWrite) {}

    /** {@code KVM_EXIT_HYPERCALL}. */
    @AbiStruct(name = "kvm_run_hypercall", tagless = true, abis = {X86_64, I386, X32})
    public record Hypercall(@Unsigned long nr, @Length(6) @Unsigned long[] args,
                            @Unsigned long ret, @Unsigned int longmode, @Unsigned int pad) {}

    /** {@code KVM_EXIT_TPR_ACCESS}. */
    @AbiStruct(name = "kvm_run_tpr_access", tagless = true, abis = {X86_64, I386, X32})
    public record TprAccess(@Unsigned long rip, @Unsigned int isWrite, @Unsigned int pad) {}

    /** {@code KVM_EXIT_INTERNAL_ERROR}. */
    @AbiStruct(name = "kvm_run_internal", tagless = true, abis = {X86_64, I386, X32})
    public record Internal(@Unsigned int suberror, @Unsigned int ndata,
                           @Length(16) @Unsigned long[] data) {}

    /** {@code KVM_EXIT_SYSTEM_EVENT}. */
    @AbiStruct(name = "kvm_run_system_event", tagless = true, abis = {X86_64, I386, X32})
    public record SystemEvent(@Unsigned int type, @Unsigned int ndata,
                              @Anonymous SystemEventData details) {}

    /** The flags or data of a system event. */
    @AbiUnion(name = "kvm_run_system_event_data", tagless = true, abis = {X86_64, I386, X32})
    public record SystemEventData(@Unsigned long flags, @Length(16) @Unsigned long[] data) {}

    /** {@code KVM_EXIT_IOAPIC_EOI}. */
    @AbiStruct(name = "kvm_run_eoi", tagless = true, abis = {X86_64, I386, X32})
    public record Eoi(@Unsigned byte vector) {}

    /** {@code KVM_EXIT_X86_RDMSR} and {@code KVM_EXIT_X86_WRMSR}. */
    @AbiStruct(name = "kvm_run_msr", tagless = true, abis = {X86_64, I386, X32})
    public record Msr(@Unsigned byte error, @Length(7) @Unsigned byte[] pad,
                      @Unsigned int reason, @Unsigned int index, @Unsigned long data) {}

    /** {@code KVM_EXIT_NOTIFY}. */
    @AbiStruct(name = "kvm_run_notify", tagless = true, abis = {X86_64, I386, X32})
    public record Notify(@Unsigned int flags) {}

    /**
     * The register-sync area {@code s}, 2048 bytes ({@code SYNC_REGS_SIZE_BYTES}); its
     * {@code struct kvm_sync_regs} member is not declared here.
     */
    @AbiUnion(name = "kvm_run_sync", tagless = true, abis = {X86_64, I386, X32})
    public record Sync(@CChar @Length(2048) byte[] padding) {}
}
