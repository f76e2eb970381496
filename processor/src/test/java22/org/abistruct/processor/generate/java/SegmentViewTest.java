package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.Test;

/**
 * Nested access without arithmetic: {@code struct ifreq { char name[16]; union { struct sockaddr
 * addr; int ifindex; } ifru; struct sockaddr addrs[2]; }} with {@code struct sockaddr { __u16
 * family; char data[14]; }}. By C's rules ifru starts at 16, its data[2] at 20, addrs at 32.
 */
class SegmentViewTest {
    @Test
    void aNestedMemberIsOneChainOfCalls() {
        Decls decls = new Decls();
        List<Abi> abis = List.of(Abi.X86_64, Abi.PPC32);
        StructDecl sockaddr = decls.declare("Sockaddr", "sockaddr", false, abis,
                member("family", scalar(ScalarKind.UINT16)),
                member("data", array(scalar(ScalarKind.UINT8), 14)));
        StructDecl ifru = decls.declare("Ifru", "ifru", true, abis,
                member("addr", sockaddr.ref()), member("ifindex", scalar(ScalarKind.INT32)));
        StructDecl ifreq = decls.declare("Ifreq", "ifreq", false, abis,
                member("name", array(scalar(ScalarKind.UINT8), 16)),
                member("ifru", ifru.ref()),
                member("addrs", array(sockaddr.ref(), 2)));
        Loaded loaded = Loaded.compileIn(22, Decls.PACKAGE,
                GeneratedSources.foreignRecords(decls, List.of(sockaddr, ifru, ifreq)),
                "Sockaddr", "public record Sockaddr(short family, byte[] data) {}",
                "Ifru", "public record Ifru(Sockaddr addr, int ifindex) {}",
                "Ifreq", "public record Ifreq(byte[] name, Ifru ifru, Sockaddr[] addrs) {}");
        Loaded.Binding x86 = loaded.binding("IfreqLayout$X86_64");
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment segment = arena.allocate(128);
            Object view = x86.call("at", segment, 8L);
            Object union = Loaded.call(view, view.getClass(), "ifru");
            Object addr = Loaded.call(union, union.getClass(), "addr");
            Loaded.call(addr, addr.getClass(), "setData", 2, (byte) 0x7f);
            assertEquals((byte) 0x7f, segment.get(ValueLayout.JAVA_BYTE, 8 + 20));
            assertEquals((byte) 0x7f, Loaded.call(addr, addr.getClass(), "getData", 2));
            Loaded.call(addr, addr.getClass(), "setFamily", (short) 2);
            assertEquals(2, segment.get(ValueLayout.JAVA_BYTE, 8 + 16), "little-endian");

            Object second = Loaded.call(view, view.getClass(), "addrs", 1);
            Loaded.call(second, second.getClass(), "setFamily", (short) 10);
            assertEquals(10, segment.get(ValueLayout.JAVA_BYTE, 8 + 32 + 16));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> Loaded.call(view, view.getClass(), "addrs", 2));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> x86.call("at", segment, 128L - 63));
        }
    }
}
