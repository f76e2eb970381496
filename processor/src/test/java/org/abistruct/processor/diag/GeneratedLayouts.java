package org.abistruct.processor.diag;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.abistruct.AbiLayout;
import org.abistruct.processor.generate.CompiledClasses;

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
            Method read = reader(type);
            Method write = type.getMethod("write", ByteBuffer.class, int.class,
                    read.getReturnType());
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                    AbiLayout layout = (AbiLayout) field.get(null);
                    String where = name + "." + field.getName();
                    try {
                        check(layout, read, write, random);
                    } catch (AssertionError | RuntimeException e) {
                        failures.add(where + ": " + e);
                    }
                    checked++;
                }
            }
        }
        return checked;
    }

    /** {@code read(buf, offset)}, or {@code read(buf, offset, count)} with a flexible array. */
    private static Method reader(Class<?> type) throws NoSuchMethodException {
        try {
            return type.getMethod("read", ByteBuffer.class, int.class);
        } catch (NoSuchMethodException flexible) {
            return type.getMethod("read", ByteBuffer.class, int.class, int.class);
        }
    }

    /** {@code read} at {@code offset}; with a flexible array, none of its elements. */
    private static Object read(Method read, AbiLayout layout, ByteBuffer buf, int offset)
            throws ReflectiveOperationException {
        return read.getParameterCount() == 2 ? invoke(read, layout, buf, offset)
                : invoke(read, layout, buf, offset, 0);
    }

    private static void check(AbiLayout layout, Method read, Method write, Random random)
            throws ReflectiveOperationException {
        int size = layout.size();
        ByteBuffer source = buffer(size, (byte) 0);
        random.nextBytes(source.array());
        Object value = read(read, layout, source, BEFORE);
        ByteBuffer zeros = buffer(size, (byte) 0);
        ByteBuffer ones = buffer(size, (byte) 0xFF);
        invoke(write, layout, zeros, BEFORE, value);
        invoke(write, layout, ones, BEFORE, value);
        byte[] written = Arrays.copyOfRange(zeros.array(), BEFORE, BEFORE + size);
        if (!Arrays.equals(written, Arrays.copyOfRange(ones.array(), BEFORE, BEFORE + size))) {
            throw new AssertionError("write leaves bytes as the buffer held them");
        }
        for (int i = 0; i < BEFORE; i++) {
            if (zeros.get(i) != 0 || ones.get(i) != (byte) 0xFF) {
                throw new AssertionError("write touched byte " + (i - BEFORE));
            }
        }
        ByteBuffer again = buffer(size, (byte) 0x5A);
        invoke(write, layout, again, BEFORE, read(read, layout, zeros, BEFORE));
        if (!Arrays.equals(written, Arrays.copyOfRange(again.array(), BEFORE, BEFORE + size))) {
            throw new AssertionError("read then write changes the bytes");
        }
        ByteBuffer small = buffer(size - 1, (byte) 0x33);
        byte[] before = small.array().clone();
        refused(() -> read(read, layout, small, BEFORE));
        refused(() -> invoke(write, layout, small, BEFORE, value));
        if (!Arrays.equals(before, small.array())) {
            throw new AssertionError("a refused write touched the buffer");
        }
    }

    /** {@code BEFORE} bytes, then room for {@code size}, all {@code fill}. */
    private static ByteBuffer buffer(int size, byte fill) {
        byte[] bytes = new byte[BEFORE + size];
        Arrays.fill(bytes, fill);
        return ByteBuffer.wrap(bytes);
    }

    private interface Call {
        Object run() throws ReflectiveOperationException;
    }

    private static void refused(Call call) throws ReflectiveOperationException {
        try {
            call.run();
        } catch (IndexOutOfBoundsException expected) {
            return;
        }
        throw new AssertionError("a buffer one byte too small was accepted");
    }

    private static Object invoke(Method method, Object target, Object... args)
            throws ReflectiveOperationException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
