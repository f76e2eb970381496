package org.abistruct.processor.model;

/**
 * The width of a bitfield member, and whether it has a name in C; one of width 0 never has.
 */
public record BitWidth(int width, boolean named) {
    public BitWidth {
        if (width < 0 || width > Long.SIZE) {
            throw new IllegalArgumentException("bitfield width " + width);
        }
        named = named && width > 0;
    }

    /** Whether a value of {@code kind} may be a bitfield: a fixed-size integer. */
    public static boolean allowedOn(ScalarKind kind) {
        return switch (kind) {
            case INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64, UINT64 -> true;
            default -> false;
        };
    }
}
