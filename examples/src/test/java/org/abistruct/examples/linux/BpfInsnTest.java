package org.abistruct.examples.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.abistruct.Abi;
import org.abistruct.testing.CObject;
import org.junit.jupiter.api.Test;

/**
 * {@code struct bpf_insn}, whose register numbers are bitfields, judged by value: random
 * instructions initialized in C with each ABI's own {@code linux/bpf.h}, compiled by that ABI's
 * GCC, give the same bytes as {@code write}, and {@code read} of GCC's bytes gives the
 * instructions back.
 */
class BpfInsnTest {
    private static final int COUNT = 32;

    @Test
    void writeAndReadAgreeWithTheKernelHeaderOnEveryAbi() {
        Random random = new Random(0xb9f);
        List<BpfInsn> insns = new ArrayList<>();
        StringBuilder source = new StringBuilder("#include <linux/bpf.h>\n");
        for (int i = 0; i < COUNT; i++) {
            BpfInsn insn = new BpfInsn((byte) random.nextInt(), (byte) random.nextInt(16),
                    (byte) random.nextInt(16), (short) random.nextInt(), random.nextInt());
            insns.add(insn);
            source.append(String.format("struct bpf_insn insn%d %s = { .code = %d, .dst_reg = %d,"
                    + " .src_reg = %d, .off = %d, .imm = %d };%n", i, CObject.IN_SECTION,
                    insn.code() & 0xff, insn.dstReg(), insn.srcReg(), insn.off(), insn.imm()));
        }
        Map<Abi, Map<String, byte[]>> gcc = CObject.variables(source.toString(),
                EnumSet.allOf(Abi.class), true);
        for (Abi abi : Abi.values()) {
            BpfInsnLayout layout = BpfInsnLayout.of(abi);
            for (int i = 0; i < COUNT; i++) {
                byte[] theirs = gcc.get(abi).get("insn" + i);
                ByteBuffer ours = ByteBuffer.allocate(layout.size());
                layout.write(ours, 0, insns.get(i));
                assertArrayEquals(theirs, ours.array(), abi + " insn" + i);
                assertEquals(insns.get(i), layout.read(ByteBuffer.wrap(theirs), 0),
                        abi + " insn" + i);
            }
        }
    }

    @Test
    void aRegisterPastFifteenIsRefused() {
        BpfInsnLayout layout = BpfInsnLayout.of(Abi.X86_64);
        ByteBuffer buf = ByteBuffer.allocate(layout.size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> layout.write(buf, 0, new BpfInsn((byte) 0xb7, (byte) 16, (byte) 0,
                        (short) 0, 0)));
        assertEquals("dst_reg: 16 does not fit a 4-bit unsigned bitfield", e.getMessage());
        assertArrayEquals(new byte[layout.size()], buf.array(), "nothing written");
    }
}
