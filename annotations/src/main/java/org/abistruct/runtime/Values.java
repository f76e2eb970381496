package org.abistruct.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks of values before they are written: each throws {@link IllegalArgumentException}
 * naming the member when a value does not fit where it goes, so that a layout's
 * {@code validate} can refuse a whole record before any byte is touched.
 */
public final class Values {
    private Values() {}

    /** {@code v} must fit a bitfield of {@code width} bits, signed or unsigned. */
    public static void bits(long v, int width, boolean signed, String member) {
        BitField.checkFits(v, width, signed, member);
    }

    /** An unnamed bitfield holds nothing: {@code v} must be 0. */
    public static void unnamed(long v, String member) {
        BitField.checkUnnamed(v, member);
    }

    /**
     * {@code v} must fit a pointer or C {@code long} of {@code wordSize} (4 or 8) bytes, as a
     * signed or an unsigned number; {@code cType} names the type in the message.
     */
    public static void word(long v, int wordSize, boolean signed, String member, String cType) {
        if (wordSize == 4 && (signed ? v != (int) v : v >>> 32 != 0)) {
            throw new IllegalArgumentException(member + ": " + (signed ? Long.toString(v)
                    : "0x" + Long.toHexString(v)) + " does not fit a 4-byte " + cType);
        }
    }

    /**
     * {@code array}'s lengths must be {@code dims}, at every depth; a negative outermost
     * dimension (a flexible array member's) takes any length.
     *
     * @return {@code array}
     * @throws IllegalArgumentException naming {@code member} and the length that differs
     * @throws NullPointerException if {@code array} or an array in it is null
     */
    public static <T> T lengths(T array, String member, int... dims) {
        lengths(array, member, dims, 0);
        return array;
    }

    /** {@link #lengths(Object, String, int...)} of a one-dimensional array, allocating nothing. */
    public static <T> T lengths(T array, String member, int length) {
        int actual = Array.getLength(Objects.requireNonNull(array, member));
        if (actual != length) {
            throw new IllegalArgumentException(member + ": length " + actual + ", expected "
                    + length);
        }
        return array;
    }

    private static void lengths(Object array, String member, int[] dims, int depth) {
        int length = Array.getLength(Objects.requireNonNull(array, member));
        if (dims[depth] >= 0 && length != dims[depth]) {
            throw new IllegalArgumentException(member + ": length " + length + ", expected "
                    + dims[depth]);
        }
        if (depth + 1 < dims.length) {
            for (Object inner : (Object[]) array) {
                lengths(inner, member, dims, depth + 1);
            }
        }
    }

    /**
     * Whether {@code v} holds nothing: a zero number, {@code false}, {@code '\0'}, null, or an
     * array or record all of whose elements or components do. Used by a union's
     * {@code validate} on the members its {@code write} does not write; records are looked
     * into reflectively, so it is not for hot paths.
     */
    public static boolean isZero(Object v) {
        if (v == null) {
            return true;
        }
        if (v instanceof Float f) {
            return Float.floatToRawIntBits(f) == 0;
        }
        if (v instanceof Double d) {
            return Double.doubleToRawLongBits(d) == 0;
        }
        if (v instanceof Number n) {
            return n.longValue() == 0;
        }
        if (v instanceof Boolean b) {
            return !b;
        }
        if (v instanceof Character c) {
            return c == 0;
        }
        if (v.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(v); i++) {
                if (!isZero(Array.get(v, i))) {
                    return false;
                }
            }
            return true;
        }
        for (Object component : components(v)) {
            if (!isZero(component)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A member of a union other than the one its {@code write} writes must hold nothing, or
     * what reading it back gives ({@code back}): else the value would be dropped, and this
     * throws {@link IllegalArgumentException} naming {@code member} and its {@code writer}.
     */
    public static void unionMember(Object v, Object back, String member, String writer) {
        if (!isZero(v) && !same(v, back)) {
            throw new IllegalArgumentException(member + " holds a value that write, which"
                    + " writes the union's first member, would drop; write it with " + writer
                    + "(memory, offset, value) instead");
        }
    }

    /** Whether two values are equal as memory holds them: floats by their bits, deeply. */
    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return isZero(a) && isZero(b);
        }
        if (a instanceof Float f && b instanceof Float g) {
            return Float.floatToRawIntBits(f) == Float.floatToRawIntBits(g);
        }
        if (a instanceof Double d && b instanceof Double e) {
            return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(e);
        }
        if (a.getClass().isArray() && b.getClass().isArray()) {
            if (Array.getLength(a) != Array.getLength(b)) {
                return false;
            }
            for (int i = 0; i < Array.getLength(a); i++) {
                if (!same(Array.get(a, i), Array.get(b, i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Record && a.getClass() == b.getClass()) {
            List<Object> x = components(a);
            List<Object> y = components(b);
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static List<Object> components(Object record) {
        List<Object> out = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                out.add(accessor.invoke(record));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of "
                        + record.getClass().getName(), e);
            }
        }
        return out;
    }
}
