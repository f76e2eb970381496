package org.abistruct.examples.e500;

/** How the kernel side validates a configuration. */
public enum CheckMode {
    /** Every rule of the documented contract ({@link DocumentedContract}). */
    DOCUMENTED,
    /** Exactly the checks mainline Linux makes ({@link KernelChecks}). */
    KERNEL
}
