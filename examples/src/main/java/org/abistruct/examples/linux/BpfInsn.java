package org.abistruct.examples.linux;

import org.abistruct.AbiStruct;
import org.abistruct.Bits;
import org.abistruct.Unsigned;

/**
 * {@code struct bpf_insn} of {@code linux/bpf.h}, one eBPF instruction: an opcode, two 4-bit
 * register numbers in one byte, a signed offset and a signed immediate. Which nibble holds the
 * destination register is the ABI's bit order: the low one on little-endian ABIs, the high one
 * on big-endian ones.
 */
@AbiStruct(name = "bpf_insn")
public record BpfInsn(@Unsigned byte code, @Bits(4) @Unsigned byte dstReg,
                      @Bits(4) @Unsigned byte srcReg, short off, int imm) {}
