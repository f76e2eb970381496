package org.abistruct.processor.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.abistruct.AbiLayout;
import org.abistruct.processor.generate.CompiledClasses;
import org.abistruct.processor.generate.Loaded;

/**
 * The layout records a compilation generated, loaded from its class files, and what their
 * accessors must do with any value on any ABI: {@code write} sets every byte of the struct,
 * whatever the buffer held (members and zeroed padding) and no byte before it; reading back and
 * writing again gives the same bytes; a buffer one byte too small is refused before any byte is
 * touched. Values come from reading random bytes, so every pointer and C long fits its ABI; a
 * flexible array member is read with no element (the fixture tests cover its elements).
 */
final class GeneratedLayouts {
    private static final int BEFORE = 3;

    private final CompiledClasses loader;

    GeneratedLayouts(Compilation compilation) {
        loader = new CompiledClasses(compilation, GeneratedLayouts.class.getClassLoader());
    }

    /** Checks every ABI constant of every layout record; returns how many it checked. */
    int check(long seed, List<String> failures) throws ReflectiveOperationException {
        Random random = new Random(seed);
        int checked = 0;
        for (String name : loader.names()) {
            if (!name.endsWith("Layout")) {
                continue;
            }
            Class<?> type = Class.forName(name, true, loader);
            if (!AbiLayout.class.isAssignableFrom(type)) {
                continue;
            }
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                    try {
                        check((AbiLayout) field.get(null), random);
                    } catch (AssertionError | RuntimeException e) {
                        failures.add(name + "." + field.getName() + ": " + e);
                    }
                    checked++;
                }
            }
        }
        return checked;
    }

    private static void check(AbiLayout layout, Random random) {
        int size = layout.size();
        ByteBuffer source = buffer(size, (byte) 0);
        random.nextBytes(source.array());
        Object value = read(layout, source);
        ByteBuffer zeros = buffer(size, (byte) 0);
        ByteBuffer ones = buffer(size, (byte) 0xFF);
        write(layout, zeros, value);
        write(layout, ones, value);
        byte[] written = Arrays.copyOfRange(zeros.array(), BEFORE, BEFORE + size);
        assertArrayEquals(written, Arrays.copyOfRange(ones.array(), BEFORE, BEFORE + size),
                "write leaves bytes as the buffer held them");
        for (int i = 0; i < BEFORE; i++) {
            assertEquals(0, zeros.get(i), "write touched byte " + (i - BEFORE));
            assertEquals((byte) 0xFF, ones.get(i), "write touched byte " + (i - BEFORE));
        }
        ByteBuffer again = buffer(size, (byte) 0x5A);
        write(layout, again, read(layout, zeros));
        assertArrayEquals(written, Arrays.copyOfRange(again.array(), BEFORE, BEFORE + size),
                "read then write changes the bytes");
        ByteBuffer small = buffer(size - 1, (byte) 0x33);
        byte[] before = small.array().clone();
        assertThrows(IndexOutOfBoundsException.class, () -> read(layout, small));
        assertThrows(IndexOutOfBoundsException.class, () -> write(layout, small, value));
        assertArrayEquals(before, small.array(), "a refused write touched the buffer");
    }

    /** {@code read} at {@code BEFORE}; with a flexible array, none of its elements. */
    private static Object read(AbiLayout layout, ByteBuffer buf) {
        boolean flexible = Arrays.stream(layout.getClass().getMethods())
                .anyMatch(m -> m.getName().equals("read") && m.getParameterCount() == 3);
        return flexible ? Loaded.call(layout, layout.getClass(), "read", buf, BEFORE, 0)
                : Loaded.call(layout, layout.getClass(), "read", buf, BEFORE);
    }

    private static void write(AbiLayout layout, ByteBuffer buf, Object value) {
        Loaded.call(layout, layout.getClass(), "write", buf, BEFORE, value);
    }

    /** {@code BEFORE} bytes, then room for {@code size}, all {@code fill}. */
    private static ByteBuffer buffer(int size, byte fill) {
        byte[] bytes = new byte[BEFORE + size];
        Arrays.fill(bytes, fill);
        return ByteBuffer.wrap(bytes);
    }
}
