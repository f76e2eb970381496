package org.abistruct;

import java.util.Map;

/**
 * What every generated layout shares: the C struct or union it binds, the ABI, and its size
 * and alignment there. The generated {@code <Record>Layout} records implement it and add the
 * struct's typed accessors.
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

    /**
     * The offset of each named member by its C name, in declaration order; members of an
     * anonymous member are listed by their own names, as C reaches them.
     */
    Map<String, Integer> offsets();

    /** The layout in pahole style: each member with its offset and size, holes and padding. */
    String describe();

    /**
     * The 32/64-bit compat verdict of the struct, the same text on every ABI: for each compat
     * pair whose two ABIs the struct selects (a 32-bit user-space ABI and the 64-bit kernel ABI
     * serving it), whether the layouts are identical or what differs, and how it is converted.
     */
    String compatReport();
}
