package org.abistruct.processor.generate.java;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.lang.foreign.Arena;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import javax.tools.JavaFileObject;
import org.abistruct.processor.diag.Sources;
import org.abistruct.processor.generate.CompiledClasses;
import org.junit.jupiter.api.Test;

/** A __be16 and a __be32 over a segment on a little-endian ABI, and in its memoryLayout(). */
class SegmentByteOrderTest {
    @Test
    void bigEndianMembersOnALittleEndianAbi() throws Exception {
        JavaFileObject src = Sources.of("SockaddrIn", "@AbiStruct(name = \"sockaddr_in\")",
                "public record SockaddrIn(@Unsigned short sinFamily,",
                "    @BigEndian @Unsigned short sinPort, @BigEndian @Unsigned int sinAddr,",
                "    @Length(8) byte[] sinZero) {}");
        Compilation c = Sources.compileAt(22, src);
        assertThat(c).succeededWithoutWarnings();
        Class<?> layout = new CompiledClasses(c, getClass().getClassLoader())
                .loadClass("p.SockaddrInLayout");
        Object x86 = layout.getField("X86_64").get(null);
        GroupLayout group = (GroupLayout) layout.getMethod("memoryLayout").invoke(x86);
        ValueLayout port = (ValueLayout) group.select(
                MemoryLayout.PathElement.groupElement("sin_port"));
        assertEquals(ByteOrder.BIG_ENDIAN, port.order());
        ValueLayout family = (ValueLayout) group.select(
                MemoryLayout.PathElement.groupElement("sin_family"));
        assertEquals(ByteOrder.LITTLE_ENDIAN, family.order());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(16);
            layout.getMethod("setSinFamily", MemorySegment.class, long.class, short.class)
                    .invoke(x86, s, 0L, (short) 2);
            layout.getMethod("setSinPort", MemorySegment.class, long.class, short.class)
                    .invoke(x86, s, 0L, (short) 8080);
            layout.getMethod("setSinAddr", MemorySegment.class, long.class, int.class)
                    .invoke(x86, s, 0L, 0x7f000001);
            assertArrayEquals(new byte[] {2, 0, 0x1f, (byte) 0x90, 0x7f, 0, 0, 1},
                    s.asSlice(0, 8).toArray(ValueLayout.JAVA_BYTE));
            assertEquals((short) 8080, layout.getMethod("getSinPort", MemorySegment.class,
                    long.class).invoke(x86, s, 0L));
        }
    }
}
