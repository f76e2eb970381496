package org.abistruct.benchmarks;

import org.abistruct.Abi;
import org.abistruct.AbiStruct;
import org.abistruct.Compat;
import org.abistruct.ExpectSize;
import org.abistruct.ImplicitPadding;
import org.abistruct.Unsigned;

/**
 * {@code struct kvm_dirty_tlb} as mainline declares it: the benchmarked compat struct, 12 bytes on
 * I386 and 16 on X86_64 (tail padding), identical on PPC32 and PPC64.
 */
@AbiStruct(name = "kvm_dirty_tlb", compat = Compat.GENERATE,
        implicitPadding = ImplicitPadding.IGNORE)
@ExpectSize(bytes = 16, abis = {Abi.X86_64, Abi.PPC32, Abi.PPC64})
@ExpectSize(bytes = 12, abis = Abi.I386)
public record KvmDirtyTlb(@Unsigned long bitmap, @Unsigned int numDirty) {}
