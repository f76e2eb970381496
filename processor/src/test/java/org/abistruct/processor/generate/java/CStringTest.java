package org.abistruct.processor.generate.java;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.abistruct.processor.diag.Sources;
import org.abistruct.processor.generate.CompiledClasses;
import org.junit.jupiter.api.Test;

/**
 * {@code @CChar @Length(8) byte[] name} is C's {@code char name[8]}: its string accessors read up
 * to the first NUL and write the string NUL-terminated and zero-padded, refusing one that does
 * not fit before touching a byte. Expected bytes are C's: the string's UTF-8 and zeroes.
 */
class CStringTest {
    private static final byte FILL = 0x55;

    @Test
    void aCharArrayIsACString() throws Exception {
        JavaFileObject src = Sources.of("Named", "@AbiStruct(name = \"named\")",
                "public record Named(@CChar @Length(8) byte[] name, int id) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).succeededWithoutWarnings();
        String header = c.generatedFile(StandardLocation.CLASS_OUTPUT, "", "abistruct/named.h")
                .orElseThrow().getCharContent(false).toString();
        assertTrue(header.contains("char name[8];"), header);

        Class<?> layout = new CompiledClasses(c, getClass().getClassLoader())
                .loadClass("p.NamedLayout");
        Object x86 = layout.getField("X86_64").get(null);
        Method set = layout.getMethod("setNameString", ByteBuffer.class, int.class, String.class);
        Method get = layout.getMethod("getNameString", ByteBuffer.class, int.class);
        ByteBuffer buf = filled(16);

        set.invoke(x86, buf, 2, "tap0");
        assertArrayEquals(bytes(FILL, FILL, 't', 'a', 'p', '0', 0, 0, 0, 0, FILL, FILL, FILL,
                FILL, FILL, FILL), buf.array());
        assertEquals("tap0", get.invoke(x86, buf, 2));

        set.invoke(x86, buf, 2, "1234567");
        assertEquals("1234567", get.invoke(x86, buf, 2));
        byte[] before = buf.array().clone();
        assertRefused(set, x86, buf, "12345678");
        assertRefused(set, x86, buf, "a\0b");
        assertArrayEquals(before, buf.array(), "a refused string touches no byte");

        set.invoke(x86, buf, 2, "é");
        assertArrayEquals(bytes(0xc3, 0xa9, 0, 0, 0, 0, 0, 0),
                Arrays.copyOfRange(buf.array(), 2, 10));
        assertEquals("é", get.invoke(x86, buf, 2));

        Arrays.fill(buf.array(), 2, 10, (byte) 'x');
        assertEquals("xxxxxxxx", get.invoke(x86, buf, 2), "no NUL: all eight bytes");
        InvocationTargetException outside = assertThrows(InvocationTargetException.class,
                () -> set.invoke(x86, buf, 5, "a"));
        assertInstanceOf(IndexOutOfBoundsException.class, outside.getCause());
        assertEquals("xxxxxxxx", new String(buf.array(), 2, 8, StandardCharsets.UTF_8));
    }

    @Test
    void aJavaCharArrayIsWarnedAbout() {
        JavaFileObject src = Sources.of("Wide", "@AbiStruct",
                "record Wide(@Length(16) char[] name) {}");
        Compilation c = Sources.compile(src);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("[AbiStructJavaCharArray] Component 'name' is a char"
                + " array: Java's char is 16 bits, so this is a uint16_t array of 32 bytes")
                .inFile(src).onLineContaining("char[] name");
    }

    private static void assertRefused(Method set, Object layout, ByteBuffer buf, String value) {
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
                () -> set.invoke(layout, buf, 2, value));
        assertInstanceOf(IllegalArgumentException.class, e.getCause(), value);
        assertTrue(e.getCause().getMessage().startsWith("name: "), e.getCause().getMessage());
    }

    private static ByteBuffer filled(int size) {
        ByteBuffer buf = ByteBuffer.allocate(size);
        Arrays.fill(buf.array(), FILL);
        return buf;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
