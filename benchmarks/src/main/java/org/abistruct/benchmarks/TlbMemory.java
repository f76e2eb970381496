package org.abistruct.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The memory every ByteBuffer benchmark works on: one TLB entry and a full e6500 TLB array in
 * direct (native) buffers, filled with the same seeded values, plus the values the writes store.
 */
@State(Scope.Thread)
public class TlbMemory {
    /** Entries in the e6500 TLB array: TLB0 of 1024 entries, TLB1 of 64. */
    public static final int ENTRIES = 1088;
    /** {@code sizeof(struct kvm_book3e_206_tlb_entry)} on every ABI. */
    static final int SIZE = 24;

    /** One entry; its byte order is the platform's and the generated code ignores it. */
    ByteBuffer entry;
    /** The same entry viewed little-endian, for hand-written {@code ByteBuffer.getLong(int)}. */
    ByteBuffer entryLe;
    /** The same entry viewed big-endian. */
    ByteBuffer entryBe;
    /** The TLB array, platform order. */
    ByteBuffer array;
    ByteBuffer arrayLe;
    ByteBuffer arrayBe;

    /** What the set benchmarks write: fields, so the JIT cannot fold them. */
    int mas8 = 0x1000_0000;
    int mas1 = 0x8000_0500;
    long mas2 = 0x0000_0000_fee0_0008L;
    long mas73 = 0x0000_0001_fee0_0015L;
    KvmBook3e206TlbEntry record;

    @Setup(Level.Trial)
    public void fill() {
        entry = ByteBuffer.allocateDirect(SIZE);
        entryLe = entry.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        entryBe = entry.duplicate().order(ByteOrder.BIG_ENDIAN);
        array = ByteBuffer.allocateDirect(SIZE * ENTRIES);
        arrayLe = array.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        arrayBe = array.duplicate().order(ByteOrder.BIG_ENDIAN);
        Random random = new Random(500);
        for (int i = 0; i < array.capacity(); i++) {
            array.put(i, (byte) random.nextInt());
        }
        for (int i = 0; i < SIZE; i++) {
            entry.put(i, (byte) random.nextInt());
        }
        record = new KvmBook3e206TlbEntry(mas8, mas1, mas2, mas73);
    }
}
