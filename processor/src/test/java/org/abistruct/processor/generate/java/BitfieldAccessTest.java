package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.BitWidth;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code struct insn { __u8 code; __u8 dst_reg:4; __u8 src_reg:4; __s16 off; __s32 imm;
 * __s8 s:3; __u8 :5; }}, linux/bpf.h's {@code bpf_insn} with a signed and an unnamed bitfield
 * added. GCC fills a byte's bits from the least significant on little-endian ABIs and from
 * the most significant on big-endian ones, so {@code dst_reg} is the low nibble of byte 1 on
 * x86_64 and the high one on ppc (as the kernel's BPF code knows).
 */
class BitfieldAccessTest {
    private static final String RECORD = "public record Insn(byte code, byte dstReg, byte srcReg,"
            + " short off, int imm, byte s, byte gap) {}";

    private static Loaded loaded;

    @BeforeAll
    static void generate() {
        Decls decls = new Decls();
        StructDecl insn = decls.declare("Insn", "insn", false, List.of(Abi.X86_64, Abi.PPC32),
                member("code", "code", scalar(ScalarKind.UINT8)),
                bits("dstReg", "dst_reg", ScalarKind.UINT8, 4, true),
                bits("srcReg", "src_reg", ScalarKind.UINT8, 4, true),
                member("off", "off", scalar(ScalarKind.INT16)),
                member("imm", "imm", scalar(ScalarKind.INT32)),
                bits("s", "s", ScalarKind.INT8, 3, true),
                bits("gap", "gap", ScalarKind.UINT8, 5, false));
        loaded = Loaded.compile(GeneratedSources.records(decls.plan(insn)), "Insn", RECORD);
    }

    private static Member bits(String java, String c, ScalarKind kind, int width, boolean named) {
        return new Member(java, c, scalar(kind), 0, false, null, new BitWidth(width, named));
    }

    private static Object insn(int dst, int src, int s, int gap) {
        return loaded.record("Insn", (byte) 0x07, (byte) dst, (byte) src, (short) -1, 5,
                (byte) s, (byte) gap);
    }

    private static ByteBuffer garbage() {
        ByteBuffer buf = ByteBuffer.allocate(12);
        Arrays.fill(buf.array(), (byte) 0x5a);
        return buf;
    }

    @Test
    void writeLaysTheBitsDownAsGccDoes() {
        ByteBuffer le = garbage();
        loaded.binding("InsnLayout$X86_64").call("write", le, 0, insn(1, 2, -1, 0));
        assertArrayEquals(new byte[] {0x07, 0x21, -1, -1, 5, 0, 0, 0, 0x07, 0, 0, 0},
                le.array());
        ByteBuffer be = garbage();
        loaded.binding("InsnLayout$PPC32").call("write", be, 0, insn(1, 2, -1, 0));
        assertArrayEquals(new byte[] {0x07, 0x12, -1, -1, 0, 0, 0, 5, (byte) 0xe0, 0, 0, 0},
                be.array());
    }

    @Test
    void gettersExtendAndSettersKeepTheOtherBits() {
        for (Abi abi : List.of(Abi.X86_64, Abi.PPC32)) {
            Loaded.Binding b = loaded.binding("InsnLayout$" + abi.name());
            ByteBuffer buf = garbage();
            b.call("write", buf, 0, insn(15, 9, -4, 0));
            assertEquals((byte) 15, b.call("getDstReg", buf, 0));
            assertEquals((byte) 9, b.call("getSrcReg", buf, 0));
            assertEquals((byte) -4, b.call("getS", buf, 0), "sign-extended");
            b.call("setDstReg", buf, 0, (byte) 3);
            assertEquals((byte) 3, b.call("getDstReg", buf, 0));
            assertEquals((byte) 9, b.call("getSrcReg", buf, 0));
            assertEquals(insn(3, 9, -4, 0), b.call("read", buf, 0));
        }
    }

    @Test
    void valuesThatDoNotFitAreRefusedBeforeAnyByte() {
        Loaded.Binding b = loaded.binding("InsnLayout$X86_64");
        ByteBuffer buf = garbage();
        b.call("write", buf, 0, insn(1, 2, 3, 0));
        byte[] before = buf.array().clone();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.call("setDstReg", buf, 0, (byte) 16));
        assertTrue(e.getMessage().contains("dst_reg"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.call("setDstReg", buf, 0, (byte) -1));
        assertThrows(IllegalArgumentException.class, () -> b.call("setS", buf, 0, (byte) 4));
        assertThrows(IllegalArgumentException.class, () -> b.call("setS", buf, 0, (byte) -5));
        assertThrows(IllegalArgumentException.class,
                () -> b.call("write", buf, 0, insn(1, 2, 3, 1)), "an unnamed bitfield holds 0");
        assertArrayEquals(before, buf.array());
        b.call("setS", buf, 0, (byte) -4);
        assertEquals((byte) -4, b.call("getS", buf, 0));
    }

    @Test
    void anUnnamedBitfieldHasNoAccessorsAndReadsAsZero() {
        Class<?> layout = loaded.type("InsnLayout");
        assertFalse(Arrays.stream(layout.getMethods()).anyMatch(m -> m.getName().endsWith("Gap")));
        Loaded.Binding b = loaded.binding("InsnLayout$X86_64");
        ByteBuffer buf = ByteBuffer.allocate(12);
        Arrays.fill(buf.array(), (byte) -1);
        assertEquals(loaded.record("Insn", (byte) -1, (byte) 15, (byte) 15, (short) -1, -1,
                (byte) -1, (byte) 0), b.call("read", buf, 0));
    }
}
