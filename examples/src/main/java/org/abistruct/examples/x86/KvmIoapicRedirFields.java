package org.abistruct.examples.x86;

import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.Bits;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/**
 * The tagless {@code struct { ... } fields} of a redirection entry: the vector, the delivery
 * bits of the entry's low word as {@code __u8} bitfields, and the destination.
 */
@AbiStruct(name = "kvm_ioapic_redir_fields", tagless = true, abis = {X86_64, I386, X32})
public record KvmIoapicRedirFields(
        @Unsigned byte vector,
        @Bits(3) @Unsigned byte deliveryMode,
        @Bits(1) @Unsigned byte destMode,
        @Bits(1) @Unsigned byte deliveryStatus,
        @Bits(1) @Unsigned byte polarity,
        @Bits(1) @Unsigned byte remoteIrr,
        @Bits(1) @Unsigned byte trigMode,
        @Bits(1) @Unsigned byte mask,
        @Bits(7) @Unsigned byte reserve,
        @Length(4) @Unsigned byte[] reserved,
        @Unsigned byte destId) {}
