package org.abistruct.importer.model;

/**
 * One member of a struct or union as GCC laid it out on one ABI.
 *
 * @param name the member's name, null for an anonymous struct or union
 * @param offset the byte offset; for a bitfield, of its first bit's byte
 * @param bitSize a bitfield's width, 0 otherwise
 * @param bitOffset a bitfield's offset in bits from the struct's start, -1 otherwise
 */
public record CMember(String name, CType type, long offset, int bitSize, long bitOffset) {
    public boolean bitfield() {
        return bitSize > 0;
    }

    /** Where the member starts, in bits from the struct's start. */
    public long bit() {
        return bitfield() ? bitOffset : offset * 8;
    }
}
