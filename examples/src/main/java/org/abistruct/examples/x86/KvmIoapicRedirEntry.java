package org.abistruct.examples.x86;

import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiUnion;
import org.abistruct.Unsigned;

/**
 * One redirection entry of {@code kvm_ioapic_state}, the tagless
 * {@code union { __u64 bits; struct { ... } fields; } redirtbl[24]}: the raw 64-bit register,
 * or its fields.
 */
@AbiUnion(name = "kvm_ioapic_redir_entry", tagless = true, abis = {X86_64, I386, X32})
public record KvmIoapicRedirEntry(@Unsigned long bits, KvmIoapicRedirFields fields) {}
