package org.abistruct.benchmarks;

import org.abistruct.AbiStruct;
import org.abistruct.CName;
import org.abistruct.ExpectSize;
import org.abistruct.Unsigned;

/** {@code struct kvm_book3e_206_tlb_entry}: the benchmarked struct, one entry of the e500 TLB array. */
@AbiStruct(name = "kvm_book3e_206_tlb_entry")
@ExpectSize(bytes = 24)
public record KvmBook3e206TlbEntry(
        @Unsigned int mas8,
        @Unsigned int mas1,
        @Unsigned long mas2,
        @Unsigned @CName("mas7_3") long mas73) {}
