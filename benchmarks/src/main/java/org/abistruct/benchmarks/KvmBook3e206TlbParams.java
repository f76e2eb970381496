package org.abistruct.benchmarks;

import org.abistruct.AbiStruct;
import org.abistruct.ExpectSize;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/** {@code struct kvm_book3e_206_tlb_params}: a struct of 4-byte members only, for {@link ParamsCheck}. */
@AbiStruct(name = "kvm_book3e_206_tlb_params")
@ExpectSize(bytes = 64)
public record KvmBook3e206TlbParams(
        @Unsigned @Length(4) int[] tlbSizes,
        @Unsigned @Length(4) int[] tlbWays,
        @Unsigned @Length(8) int[] reserved) {}
