package org.abistruct.examples.e500;

import java.nio.ByteOrder;

/**
 * The layout of {@code struct kvm_book3e_206_tlb_entry} on powerpc as GCC lays it out (size 24,
 * mas8 at 0, mas1 at 4, mas2 at 8, mas7_3 at 16, big-endian), taken from the reference facts.
 */
final class EntryFacts {

    static final EntryLayout POWERPC = new EntryLayout(24, 0, 4, 8, 16, ByteOrder.BIG_ENDIAN);

    private EntryFacts() {}
}
