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
     */
    GENERATE
}
