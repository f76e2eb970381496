package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code struct wire { __be16 port; __le32 id; __be32 addrs[2]; uint16_t native; }}: the fixed
 * byte order holds on every ABI, as htons and cpu_to_le32 lay the bytes down, while the plain
 * member follows the ABI. Offsets from C's rules: port 0, id 4, addrs 8 and 12, native 16.
 */
class ByteOrderMemberTest {
    private static final String RECORD = "public record Wire(short port, int id, int[] addrs,"
            + " short nativeOrder) {}";

    private static Loaded loaded;

    @BeforeAll
    static void generate() {
        Decls decls = new Decls();
        StructDecl wire = decls.declare("Wire", "wire", false, List.of(Abi.X86_64, Abi.PPC32),
                new Member("port", "port", scalar(ScalarKind.UINT16), 0, false,
                        ByteOrder.BIG_ENDIAN),
                new Member("id", "id", scalar(ScalarKind.UINT32), 0, false,
                        ByteOrder.LITTLE_ENDIAN),
                new Member("addrs", "addrs", new ArrayType(scalar(ScalarKind.UINT32), 2), 0,
                        false, ByteOrder.BIG_ENDIAN),
                member("nativeOrder", "native_order", scalar(ScalarKind.UINT16)));
        loaded = Loaded.compile(GeneratedSources.records(decls.plan(wire)), "Wire", RECORD);
    }

    @Test
    void theMembersOwnOrderHoldsOnEveryAbi() {
        for (Abi abi : List.of(Abi.X86_64, Abi.PPC32)) {
            Loaded.Binding b = loaded.binding("WireLayout$" + abi.name());
            ByteBuffer buf = ByteBuffer.allocate(20);
            b.call("write", buf, 0, loaded.record("Wire", (short) 0x1234, 0x11223344,
                    new int[] {0x0a000001, 0xc0a80101}, (short) 0x5566));
            byte[] nativeOrder = abi.byteOrder() == ByteOrder.BIG_ENDIAN
                    ? new byte[] {0x55, 0x66} : new byte[] {0x66, 0x55};
            assertArrayEquals(new byte[] {0x12, 0x34, 0, 0, 0x44, 0x33, 0x22, 0x11,
                    0x0a, 0, 0, 1, (byte) 0xc0, (byte) 0xa8, 1, 1, nativeOrder[0], nativeOrder[1],
                    0, 0}, buf.array(), abi.name());
            assertEquals((short) 0x1234, b.call("getPort", buf, 0));
            assertEquals(0x11223344, b.call("getId", buf, 0));
            assertEquals(0xc0a80101, b.call("getAddrs", buf, 0, 1));
            b.call("setPort", buf, 0, (short) 0x0050);
            assertEquals(0, buf.get(0));
            assertEquals(0x50, buf.get(1));
        }
    }
}
