package org.abistruct.processor.generate.java;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.abistruct.processor.diag.Sources;
import org.abistruct.processor.generate.CompiledClasses;
import org.junit.jupiter.api.Test;

/** The C string accessors over a segment, and through a view, as over a buffer. */
class SegmentStringTest {
    @Test
    void aCharArrayIsACStringInASegment() throws Exception {
        JavaFileObject src = Sources.of("Named", "@AbiStruct(name = \"named\")",
                "public record Named(int id, @CChar @Length(8) byte[] name) {}");
        Compilation c = Sources.compileAt(22, src);
        assertThat(c).succeededWithoutWarnings();
        Class<?> layout = new CompiledClasses(c, getClass().getClassLoader())
                .loadClass("p.NamedLayout");
        Object ppc = layout.getField("PPC32").get(null);
        Method set = layout.getMethod("setNameString", MemorySegment.class, long.class,
                String.class);
        Method get = layout.getMethod("getNameString", MemorySegment.class, long.class);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(13).fill((byte) 0x55);
            set.invoke(ppc, s, 1L, "eth0");
            assertArrayEquals(new byte[] {0x55, 0x55, 0x55, 0x55, 0x55, 'e', 't', 'h', '0', 0, 0,
                    0, 0}, s.toArray(ValueLayout.JAVA_BYTE));
            assertEquals("eth0", get.invoke(ppc, s, 1L));
            Object view = layout.getMethod("at", MemorySegment.class, long.class)
                    .invoke(ppc, s, 1L);
            assertEquals("eth0", view.getClass().getMethod("getNameString").invoke(view));
            InvocationTargetException tooLong = assertThrows(InvocationTargetException.class,
                    () -> set.invoke(ppc, s, 1L, "eth0.123"));
            assertInstanceOf(IllegalArgumentException.class, tooLong.getCause());
            assertEquals("eth0", get.invoke(ppc, s, 1L));
            MemorySegment readOnly = s.asReadOnly();
            InvocationTargetException refused = assertThrows(InvocationTargetException.class,
                    () -> set.invoke(ppc, readOnly, 1L, "lo"));
            assertInstanceOf(IllegalArgumentException.class, refused.getCause());
        }
    }
}
