package org.abistruct;

/**
 * What abistruct does when a struct's layout differs between a 32-bit user-space ABI and the
 * 64-bit kernel ABI that serves it (I386 and X32 on X86_64, PPC32 on PPC64, ARM on AARCH64).
 * Resolved from the record's annotation, then the package's {@link AbiDefaults}, then
 * {@link #IDENTICAL}.
 */
public enum Compat {
    /** Not set here: inherit from the package's {@link AbiDefaults}, else {@link #IDENTICAL}. */
    DEFAULT,
    /** The layouts must be identical within every compat pair; a difference is a compile error. */
    IDENTICAL,
    /**
     * Differences are allowed: abistruct generates the compat variant (Java converters between
     * the 32-bit and 64-bit layouts, and {@code struct compat_<name>} in the C header).
     *
     * <p>The converters, in a class {@code <Record>Compat}, convert as a kernel's compat handler
     * does; the regions converted from and to must not overlap. {@code i386ToX86_64(from,
     * fromOffset, to, toOffset)} converts the struct at {@code fromOffset} in {@code from}, laid
     * out for I386, into {@code to} at {@code toOffset}, laid out for X86_64, and so on for each
     * method; with a {@code count}, that many consecutive structs, or for a struct ending in a
     * flexible array member, that many elements of it (each side then needs its layout's
     * {@code sizeWith(count)} bytes from its offset). A struct or array that does not fit its
     * memory, or a negative {@code count}, throws {@link IndexOutOfBoundsException} before any
     * byte is written, a size that overflows {@link ArithmeticException}; a pointer or C long
     * that does not fit the 4 bytes of a 32-bit layout throws {@link IllegalArgumentException},
     * before any byte is written. {@code convert(fromAbi, toAbi, ...)} converts from
     * {@code fromAbi}'s layout to {@code toAbi}'s, the ABIs of any pair in either order, and
     * throws {@link IllegalArgumentException} for two ABIs that are no pair of the struct; a
     * pair whose conversion is an earlier pair's, or whose layouts are the same bytes, has no
     * methods of its own.
     */
    GENERATE
}
