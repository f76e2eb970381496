package org.abistruct.runtime;

import java.nio.ByteBuffer;

/**
 * Whole array members of generated layouts over a {@link ByteBuffer}: every element of an array
 * of any dimensions, from {@code at} bytes into the struct at {@code offset}, read into or
 * written from a Java array of the member's lengths, innermost elements in C's order. Each
 * element goes through {@link BufferAccess}'s accessor of its type, as the element accessors do.
 * Public for generated code, not as an API of its own.
 */
public final class BufferArrays {
    private BufferArrays() {}

    /**
     * Fills {@code array} ({@code byte}, {@code boolean}, {@code short}, {@code char},
     * {@code int}, {@code float}, {@code double} or 8-byte {@code long} elements) and returns it.
     */
    public static <T> T get(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                            T array) {
        return getWords(buf, offset, size, at, bigEndian, Long.BYTES, true, array);
    }

    /**
     * Fills {@code array}, whose {@code long} elements are pointers or C longs of
     * {@code wordSize} bytes widened as {@code signed} says, and returns it.
     */
    public static <T> T getWords(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                                 int wordSize, boolean signed, T array) {
        BufferAccess.check(buf, offset, size);
        read(buf, offset, size, at, bigEndian, wordSize, signed, array);
        return array;
    }

    /** Writes every element of {@code array}, once the struct is checked. */
    public static void set(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                           Object array) {
        BufferAccess.check(buf, offset, size);
        write(buf, offset, size, at, bigEndian, Long.BYTES, array);
    }

    /**
     * Writes every pointer or C long of {@code array} in {@code wordSize} bytes once the struct
     * is checked and every value fits them; one that does not throws
     * {@link IllegalArgumentException} naming {@code member} and {@code cType}, and nothing is
     * written then.
     */
    public static void setWords(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                                int wordSize, boolean signed, Object array, String member,
                                String cType) {
        BufferAccess.check(buf, offset, size);
        ArrayLeaves.checkWords(array, wordSize, signed, member, cType);
        write(buf, offset, size, at, bigEndian, wordSize, array);
    }

    /** Reads the elements of {@code array} from {@code at} on; where the next ones would start. */
    private static int read(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                            int wordSize, boolean signed, Object array) {
        if (array instanceof Object[] rows) {
            for (Object row : rows) {
                at = read(buf, offset, size, at, bigEndian, wordSize, signed, row);
            }
        } else if (array instanceof byte[] a) {
            for (int i = 0; i < a.length; i++, at++) {
                a[i] = BufferAccess.getByte(buf, offset, size, at);
            }
        } else if (array instanceof boolean[] a) {
            for (int i = 0; i < a.length; i++, at++) {
                a[i] = BufferAccess.getBoolean(buf, offset, size, at);
            }
        } else if (array instanceof short[] a) {
            for (int i = 0; i < a.length; i++, at += 2) {
                a[i] = BufferAccess.getShort(buf, offset, size, at, bigEndian);
            }
        } else if (array instanceof char[] a) {
            for (int i = 0; i < a.length; i++, at += 2) {
                a[i] = BufferAccess.getChar(buf, offset, size, at, bigEndian);
            }
        } else if (array instanceof int[] a) {
            for (int i = 0; i < a.length; i++, at += 4) {
                a[i] = BufferAccess.getInt(buf, offset, size, at, bigEndian);
            }
        } else if (array instanceof float[] a) {
            for (int i = 0; i < a.length; i++, at += 4) {
                a[i] = BufferAccess.getFloat(buf, offset, size, at, bigEndian);
            }
        } else if (array instanceof double[] a) {
            for (int i = 0; i < a.length; i++, at += 8) {
                a[i] = BufferAccess.getDouble(buf, offset, size, at, bigEndian);
            }
        } else {
            long[] a = (long[]) array;
            for (int i = 0; i < a.length; i++, at += wordSize) {
                a[i] = BufferAccess.getWord(buf, offset, size, at, bigEndian, wordSize, signed);
            }
        }
        return at;
    }

    /** Writes the elements of {@code array} from {@code at} on; where the next ones would start. */
    private static int write(ByteBuffer buf, int offset, int size, int at, boolean bigEndian,
                             int wordSize, Object array) {
        if (array instanceof Object[] rows) {
            for (Object row : rows) {
                at = write(buf, offset, size, at, bigEndian, wordSize, row);
            }
        } else if (array instanceof byte[] a) {
            for (int i = 0; i < a.length; i++, at++) {
                BufferAccess.setByte(buf, offset, size, at, a[i]);
            }
        } else if (array instanceof boolean[] a) {
            for (int i = 0; i < a.length; i++, at++) {
                BufferAccess.setBoolean(buf, offset, size, at, a[i]);
            }
        } else if (array instanceof short[] a) {
            for (int i = 0; i < a.length; i++, at += 2) {
                BufferAccess.setShort(buf, offset, size, at, bigEndian, a[i]);
            }
        } else if (array instanceof char[] a) {
            for (int i = 0; i < a.length; i++, at += 2) {
                BufferAccess.setChar(buf, offset, size, at, bigEndian, a[i]);
            }
        } else if (array instanceof int[] a) {
            for (int i = 0; i < a.length; i++, at += 4) {
                BufferAccess.setInt(buf, offset, size, at, bigEndian, a[i]);
            }
        } else if (array instanceof float[] a) {
            for (int i = 0; i < a.length; i++, at += 4) {
                BufferAccess.setFloat(buf, offset, size, at, bigEndian, a[i]);
            }
        } else if (array instanceof double[] a) {
            for (int i = 0; i < a.length; i++, at += 8) {
                BufferAccess.setDouble(buf, offset, size, at, bigEndian, a[i]);
            }
        } else {
            long[] a = (long[]) array;
            for (int i = 0; i < a.length; i++, at += wordSize) {
                if (wordSize == Long.BYTES) {
                    BufferAccess.setLong(buf, offset, size, at, bigEndian, a[i]);
                } else {
                    BufferAccess.setInt(buf, offset, size, at, bigEndian, (int) a[i]);
                }
            }
        }
        return at;
    }
}
