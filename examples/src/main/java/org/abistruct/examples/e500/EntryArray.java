package org.abistruct.examples.e500;

import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;

/**
 * The shared array of {@code kvm_book3e_206_tlb_entry} as memory: the MAS words of one entry by
 * flat index. Everything that reads or writes entries goes through this seam, so the memory
 * behind it (a buffer with some ABI's layout) can change without touching the TLB logic.
 */
public interface EntryArray {

    /** Entries the memory holds. */
    int entryCount();

    /** {@code mas8}, a {@code __u32}. */
    int mas8(int index);

    /** {@code mas1}, a {@code __u32}: valid, IPROT, TID, TS, TSIZE. */
    int mas1(int index);

    /** {@code mas2}, a {@code __u64}: EPN and the WIMGE attributes. */
    long mas2(int index);

    /** {@code mas7_3}, a {@code __u64}: MAS7 (high RPN) in the upper word, MAS3 in the lower. */
    long mas73(int index);

    void setMas8(int index, int value);

    void setMas1(int index, int value);

    void setMas2(int index, long value);

    void setMas73(int index, long value);

    /** The whole entry as a record. */
    default KvmBook3e206TlbEntry read(int index) {
        return new KvmBook3e206TlbEntry(mas8(index), mas1(index), mas2(index), mas73(index));
    }

    /** Writes every MAS word of an entry. */
    default void write(int index, KvmBook3e206TlbEntry entry) {
        setMas8(index, entry.mas8());
        setMas1(index, entry.mas1());
        setMas2(index, entry.mas2());
        setMas73(index, entry.mas73());
    }
}
