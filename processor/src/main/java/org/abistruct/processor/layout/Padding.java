package org.abistruct.processor.layout;

/**
 * Bytes no member covers: a hole between members, or tail padding up to the struct's size.
 *
 * @param after the C name of the member the padding follows, or empty at offset 0
 */
public record Padding(long offset, long size, boolean tail, String after) {
    public Padding {
        if (offset < 0 || size <= 0) {
            throw new IllegalArgumentException("padding " + offset + "+" + size);
        }
    }
}
