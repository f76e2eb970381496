package org.abistruct;

/**
 * How abistruct reports implicit padding: holes and tail padding that no declared member
 * covers. A kernel that copies such a struct to user space leaks whatever bytes sat there.
 * Resolved from the record's annotation, then the package's {@link AbiDefaults}, then
 * {@link #WARN}.
 */
public enum ImplicitPadding {
    /** Not set here: inherit from the package's {@link AbiDefaults}, else {@link #WARN}. */
    DEFAULT,
    /** A compiler warning listing each padding range per ABI. */
    WARN,
    /** A compile error. */
    ERROR,
    /** Not reported. */
    IGNORE
}
