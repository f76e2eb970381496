package org.abistruct.runtime;

import java.lang.foreign.MemorySegment;

/**
 * Whole array members of generated layouts over a {@link MemorySegment}, with {@code long}
 * offsets, as {@link BufferArrays} over a buffer: every element of an array of any dimensions,
 * from {@code at} bytes into the struct at {@code offset}, read into or written from a Java
 * array of the member's lengths, innermost elements in C's order, each through
 * {@link SegmentAccess}'s accessor of its type. Public for generated code, not as an API of
 * its own.
 */
public final class SegmentArrays {
    private SegmentArrays() {}

    /**
     * Fills {@code array} ({@code byte}, {@code boolean}, {@code short}, {@code char},
     * {@code int}, {@code float}, {@code double} or 8-byte {@code long} elements) and returns it.
     */
    public static <T> T get(MemorySegment s, long offset, long size, long at, boolean bigEndian,
                            T array) {
        return getWords(s, offset, size, at, bigEndian, Long.BYTES, true, array);
    }

    /**
     * Fills {@code array}, whose {@code long} elements are pointers or C longs of
     * {@code wordSize} bytes widened as {@code signed} says, and returns it.
     */
    public static <T> T getWords(MemorySegment s, long offset, long size, long at,
                                 boolean bigEndian, int wordSize, boolean signed, T array) {
        SegmentAccess.check(s, offset, size);
        read(s, offset, size, at, bigEndian, wordSize, signed, array);
        return array;
    }

    /** Writes every element of {@code array}, once the struct is checked. */
    public static void set(MemorySegment s, long offset, long size, long at, boolean bigEndian,
                           Object array) {
        SegmentAccess.check(s, offset, size);
        write(s, offset, size, at, bigEndian, Long.BYTES, array);
    }

    /**
     * Writes every pointer or C long of {@code array} in {@code wordSize} bytes once the struct
     * is checked and every value fits them; one that does not throws
     * {@link IllegalArgumentException} naming {@code member} and {@code cType}, and nothing is
     * written then.
     */
    public static void setWords(MemorySegment s, long offset, long size, long at, boolean bigEndian,
                                int wordSize, boolean signed, Object array, String member,
                                String cType) {
        SegmentAccess.check(s, offset, size);
        ArrayLeaves.checkWords(array, wordSize, signed, member, cType);
        write(s, offset, size, at, bigEndian, wordSize, array);
    }

    /** Reads the elements of {@code array} from {@code at} on; where the next ones would start. */
    private static long read(MemorySegment s, long offset, long size, long at, boolean bigEndian,
                            int wordSize, boolean signed, Object array) {
        if (array instanceof Object[] rows) {
            for (Object row : rows) {
                at = read(s, offset, size, at, bigEndian, wordSize, signed, row);
            }
        } else if (array instanceof byte[] a) {
            for (int i = 0; i < a.length; i++, at++) {
                a[i] = SegmentAccess.getByte(s, offset, size, at);
            }
        } else if (array instanceof boolean[] a) {
            for (int i = 0; i < a.length; i++, at++) {
                a[i] = SegmentAccess.getBoolean(s, offset, size, at);
            }
        } else if (array instanceof short[] a) {
            for (int i = 0; i < a.length; i++, at += 2) {
                a[i] = SegmentAccess.getShort(s, offset, size, at, bigEndian);
            }
        } else if (array instanceof char[] a) {
            for (int i = 0; i < a.length; i++, at += 2) {
                a[i] = SegmentAccess.getChar(s, offset, size, at, bigEndian);
            }
        } else if (array instanceof int[] a) {
            for (int i = 0; i < a.length; i++, at += 4) {
                a[i] = SegmentAccess.getInt(s, offset, size, at, bigEndian);
            }
        } else if (array instanceof float[] a) {
            for (int i = 0; i < a.length; i++, at += 4) {
                a[i] = SegmentAccess.getFloat(s, offset, size, at, bigEndian);
            }
        } else if (array instanceof double[] a) {
            for (int i = 0; i < a.length; i++, at += 8) {
                a[i] = SegmentAccess.getDouble(s, offset, size, at, bigEndian);
            }
        } else {
            long[] a = (long[]) array;
            for (int i = 0; i < a.length; i++, at += wordSize) {
                a[i] = SegmentAccess.getWord(s, offset, size, at, bigEndian, wordSize, signed);
            }
        }
        return at;
    }

    /** Writes the elements of {@code array} from {@code at} on; where the next ones would start. */
    private static long write(MemorySegment s, long offset, long size, long at, boolean bigEndian,
                             int wordSize, Object array) {
        if (array instanceof Object[] rows) {
            for (Object row : rows) {
                at = write(s, offset, size, at, bigEndian, wordSize, row);
            }
        } else if (array instanceof byte[] a) {
            for (int i = 0; i < a.length; i++, at++) {
                SegmentAccess.setByte(s, offset, size, at, a[i]);
            }
        } else if (array instanceof boolean[] a) {
            for (int i = 0; i < a.length; i++, at++) {
                SegmentAccess.setBoolean(s, offset, size, at, a[i]);
            }
        } else if (array instanceof short[] a) {
            for (int i = 0; i < a.length; i++, at += 2) {
                SegmentAccess.setShort(s, offset, size, at, bigEndian, a[i]);
            }
        } else if (array instanceof char[] a) {
            for (int i = 0; i < a.length; i++, at += 2) {
                SegmentAccess.setChar(s, offset, size, at, bigEndian, a[i]);
            }
        } else if (array instanceof int[] a) {
            for (int i = 0; i < a.length; i++, at += 4) {
                SegmentAccess.setInt(s, offset, size, at, bigEndian, a[i]);
            }
        } else if (array instanceof float[] a) {
            for (int i = 0; i < a.length; i++, at += 4) {
                SegmentAccess.setFloat(s, offset, size, at, bigEndian, a[i]);
            }
        } else if (array instanceof double[] a) {
            for (int i = 0; i < a.length; i++, at += 8) {
                SegmentAccess.setDouble(s, offset, size, at, bigEndian, a[i]);
            }
        } else {
            long[] a = (long[]) array;
            for (int i = 0; i < a.length; i++, at += wordSize) {
                if (wordSize == Long.BYTES) {
                    SegmentAccess.setLong(s, offset, size, at, bigEndian, a[i]);
                } else {
                    SegmentAccess.setInt(s, offset, size, at, bigEndian, (int) a[i]);
                }
            }
        }
        return at;
    }
}
