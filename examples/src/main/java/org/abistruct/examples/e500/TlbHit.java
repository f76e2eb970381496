package org.abistruct.examples.e500;

/**
 * One entry that maps an effective address.
 *
 * @param index the entry's flat index in the shared array
 * @param slot its TLB, set and way
 * @param pageBytes the size of the page it maps
 * @param physicalAddress the address it translates to
 */
public record TlbHit(int index, EntrySlot slot, long pageBytes, long physicalAddress) {}
