package org.abistruct.examples.kvm;

import org.abistruct.AbiStruct;
import org.abistruct.ExpectSize;
import org.abistruct.Unsigned;

/**
 * {@code struct kvm_config_tlb}, the argument of KVM_CAP_SW_TLB: where user space put the TLB
 * parameters and the shared entry array. {@code params} and {@code array} are user addresses
 * carried in a {@code __u64}.
 */
@AbiStruct(name = "kvm_config_tlb")
@ExpectSize(bytes = 24)
public record KvmConfigTlb(
        @Unsigned long params,
        @Unsigned long array,
        @Unsigned int mmuType,
        @Unsigned int arrayLen) {}
