package org.abistruct;

/**
 * What every generated layout interface shares: the C struct or union it binds, the ABI, and
 * its size and alignment there. The generated {@code <Record>Layout} interfaces extend it with
 * the struct's typed accessors.
 */
public interface AbiLayout {
    /** The ABI of this layout. */
    Abi abi();

    /** {@code sizeof} the struct, in bytes. */
    int size();

    /** {@code _Alignof} the struct, in bytes. */
    int alignment();

    /** The C tag of the struct, such as {@code kvm_dirty_tlb}. */
    String cName();

    /** The layout in pahole style: each member with its offset and size, holes and padding. */
    String describe();
}
