package org.abistruct.runtime;

import java.nio.charset.StandardCharsets;

/** C strings in fixed {@code char} arrays: UTF-8, NUL-terminated, zero-padded. */
public final class CString {
    private CString() {}

    /** The string in {@code bytes}: up to the first NUL, or all of them without one. */
    public static String decode(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /**
     * The {@code length} bytes of {@code value} as a C string: UTF-8, a NUL, zeroes.
     *
     * @throws IllegalArgumentException if it holds a NUL, or its bytes and a NUL exceed
     *     {@code length}, naming {@code member}
     * @throws NullPointerException if {@code value} is null
     */
    public static byte[] encode(String value, int length, String member) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(member + ": the string holds a NUL, which would"
                    + " end it early");
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        if (utf8.length + 1 > length) {
            throw new IllegalArgumentException(member + ": \"" + value + "\" is " + utf8.length
                    + " bytes in UTF-8; with its NUL it needs " + (utf8.length + 1)
                    + ", more than the " + length + " of char " + member + "[" + length + "]");
        }
        byte[] out = new byte[length];
        System.arraycopy(utf8, 0, out, 0, utf8.length);
        return out;
    }
}
