package org.abistruct.processor.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
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
 * whatever the buffer held (members and zeroed padding), and no byte before or after it; reading
 * back and writing again gives the same bytes; a buffer one byte too small is refused before any
 * byte is touched. Values come from reading random bytes, so every pointer and C long fits its
 * ABI; a union's members after its first named one are then zeroed, since {@code write} refuses
 * a value it would drop. A flexible array member gets one to three elements: the struct's bytes
 * and theirs, as many as the layout's {@code sizeWith} gives, are then what {@code write} must
 * set, and what a buffer must hold. A struct, elements and all, over {@link #LARGE} bytes (an
 * array of 100,000 structs, say) is not read as a value, whose objects could take gigabytes; it
 * must still refuse a buffer too small.
 */
final class GeneratedLayouts {
    private static final int BEFORE = 3;
    /** Bytes after the struct and its elements, which no write may touch. */
    private static final int AFTER = 16;
    /** The most bytes a struct, elements and all, takes to be read and written as a value. */
    static final int LARGE = 1 << 20;

    private final CompiledClasses loader;

    GeneratedLayouts(Compilation compilation) {
        loader = new CompiledClasses(compilation, GeneratedLayouts.class.getClassLoader());
    }

    /**
     * How many layouts {@link #check} checked, how many of them were read and written with
     * flexible array elements, and how many needed over {@link #LARGE} bytes, checked for
     * refusing small buffers only.
     */
    record Checked(int layouts, int flexible, int large) {
    }

    /** Checks every ABI constant of every layout record. */
    Checked check(long seed, List<String> failures) throws ReflectiveOperationException {
        Random random = new Random(seed);
        int checked = 0;
        int flexible = 0;
        int large = 0;
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
                    AbiLayout layout = (AbiLayout) field.get(null);
                    boolean withElements = flexible(layout);
                    int count = withElements ? 1 + random.nextInt(3) : -1;
                    int bytes = 0;
                    try {
                        bytes = bytes(layout, count);
                        if (bytes < 0) {
                            refusesSmallBuffers(layout, withElements ? 0 : -1);
                        } else {
                            check(layout, count, bytes, random);
                        }
                    } catch (AssertionError | RuntimeException e) {
                        failures.add(name + "." + field.getName() + ": " + e);
                    }
                    checked++;
                    flexible += withElements && bytes >= 0 ? 1 : 0;
                    large += bytes < 0 ? 1 : 0;
                }
            }
        }
        return new Checked(checked, flexible, large);
    }

    /**
     * The bytes a struct needs with {@code count} elements of its flexible array member (-1: it
     * has none), as its {@code sizeWith} says; -1 over {@link #LARGE}, or past an {@code int}.
     */
    private static int bytes(AbiLayout layout, int count) {
        try {
            int bytes = count < 0 ? layout.size()
                    : (int) Loaded.call(layout, layout.getClass(), "sizeWith", count);
            return bytes <= LARGE ? bytes : -1;
        } catch (ArithmeticException overflow) {
            return -1;
        }
    }

    /**
     * Writes and reads a value of {@code bytes} bytes, in a buffer with {@code AFTER} more;
     * {@code count} elements of the flexible array member, or -1 without one.
     */
    private void check(AbiLayout layout, int count, int bytes, Random random) {
        int room = bytes + AFTER;
        ByteBuffer source = buffer(room, (byte) 0);
        random.nextBytes(source.array());
        Object value = writable(read(layout, source, count));
        ByteBuffer zeros = buffer(room, (byte) 0);
        ByteBuffer ones = buffer(room, (byte) 0xFF);
        write(layout, zeros, value);
        write(layout, ones, value);
        int span = writtenSpan(zeros, ones);
        assertEquals(bytes, span, count < 0 ? "write leaves bytes as the buffer held them"
                : "write sets other bytes than sizeWith(" + count + ")");
        byte[] written = Arrays.copyOfRange(zeros.array(), BEFORE, BEFORE + span);
        // Exactly the bytes written: enough to read and write the value, elements and all.
        ByteBuffer exact = buffer(span, (byte) 0x5A);
        write(layout, exact, read(layout, zeros, count));
        assertArrayEquals(written, Arrays.copyOfRange(exact.array(), BEFORE, BEFORE + span),
                "read then write changes the bytes");
        read(layout, exact, count);
        refuses(layout, buffer(span - 1, (byte) 0x33), count, value);
    }

    /**
     * A struct over {@link #LARGE} bytes: a buffer one byte too small is refused. With no value
     * to write, {@code write} gets {@code null}, which it must not reach; a flexible array
     * member's length comes from the value, so that write is not tried.
     */
    private static void refusesSmallBuffers(AbiLayout layout, int count) {
        ByteBuffer small = buffer(layout.size() - 1, (byte) 0x33);
        if (count >= 0) {
            assertThrows(IndexOutOfBoundsException.class, () -> read(layout, small, count));
        } else {
            refuses(layout, small, count, null);
        }
    }

    /** Reading, or writing {@code value}, throws before touching {@code small}. */
    private static void refuses(AbiLayout layout, ByteBuffer small, int count, Object value) {
        byte[] before = small.array().clone();
        assertThrows(IndexOutOfBoundsException.class, () -> read(layout, small, count));
        assertThrows(IndexOutOfBoundsException.class, () -> write(layout, small, value));
        assertArrayEquals(before, small.array(), "a refused write touched the buffer");
    }

    /**
     * How many bytes from {@code BEFORE} the same value wrote into a buffer of zeros and one of
     * 0xFF: they agree exactly where it wrote. Fails unless that is one run from {@code BEFORE}.
     */
    private static int writtenSpan(ByteBuffer zeros, ByteBuffer ones) {
        int end = BEFORE;
        while (end < zeros.capacity() && zeros.get(end) == ones.get(end)) {
            end++;
        }
        for (int i = 0; i < zeros.capacity(); i++) {
            if ((i < BEFORE || i >= end) && (zeros.get(i) != 0 || ones.get(i) != (byte) 0xFF)) {
                fail("write touched byte " + (i - BEFORE));
            }
        }
        return end - BEFORE;
    }

    /**
     * {@code value} with the members after the first of every union in it zeroed: what
     * {@code write} takes. A record is a union when its layout record has a writer per member;
     * the first member with one is the one {@code write} writes (unnamed bitfields have none).
     */
    private Object writable(Object value) {
        if (value == null || value.getClass().isArray()
                && value.getClass().getComponentType().isPrimitive()) {
            return value;
        }
        if (value.getClass().isArray()) {
            Object out = Array.newInstance(
                    value.getClass().getComponentType(), Array.getLength(value));
            for (int i = 0; i < Array.getLength(out); i++) {
                Array.set(out, i, writable(Array.get(value, i)));
            }
            return out;
        }
        if (!value.getClass().isRecord()) {
            return value;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        int first = unionFirst(value.getClass(), components);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object component = invoke(components[i], value);
            args[i] = first >= 0 && i > first ? zero(component) : writable(component);
        }
        return construct(value.getClass(), components, args);
    }

    /** A value of the same shape as {@code value}, all zero. */
    private static Object zero(Object value) {
        if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
            return switch (value.getClass().getSimpleName()) {
                case "Byte" -> (byte) 0;
                case "Short" -> (short) 0;
                case "Integer" -> 0;
                case "Long" -> 0L;
                case "Float" -> 0f;
                case "Double" -> 0.0;
                case "Character" -> (char) 0;
                default -> false;
            };
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            Object out = Array.newInstance(
                    value.getClass().getComponentType(), length);
            if (!value.getClass().getComponentType().isPrimitive()) {
                for (int i = 0; i < length; i++) {
                    Array.set(out, i, zero(Array.get(value, i)));
                }
            }
            return out;
        }
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = zero(invoke(components[i], value));
        }
        return construct(value.getClass(), components, args);
    }

    /** A new record of {@code type} from its canonical constructor. */
    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether the record is a union: its layout record has {@code writeX} for its members. */
    /** The component a union's {@code write} writes, or -1 for a struct. */
    private int unionFirst(Class<?> record, RecordComponent[] components) {
        String binary = record.getName();
        String pkg = record.getPackageName();
        String base = binary.substring(pkg.isEmpty() ? 0 : pkg.length() + 1).replace('$', '_');
        try {
            Class<?> layout = Class.forName((pkg.isEmpty() ? "" : pkg + ".") + base + "Layout",
                    false, loader);
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                String writer = "write" + Character.toUpperCase(name.charAt(0))
                        + name.substring(1);
                if (Arrays.stream(layout.getMethods()).anyMatch(m -> m.getName().equals(writer))) {
                    return i;
                }
            }
            return -1;
        } catch (ClassNotFoundException e) {
            return -1;
        }
    }

    private static Object invoke(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean flexible(AbiLayout layout) {
        return Arrays.stream(layout.getClass().getMethods())
                .anyMatch(m -> m.getName().equals("read") && m.getParameterCount() == 3);
    }

    /**
     * {@code read} at {@code BEFORE}; with a flexible array, {@code count} of its elements, else
     * {@code count} is -1.
     */
    private static Object read(AbiLayout layout, ByteBuffer buf, int count) {
        return count >= 0 ? Loaded.call(layout, layout.getClass(), "read", buf, BEFORE, count)
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
