package org.abistruct.benchmarks;

import com.sun.jna.Memory;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The native memory of the JNA benchmarks: one entry and the TLB array, bound to Structures once. */
@State(Scope.Thread)
public class JnaMemory {
    JnaTlbEntry entry;
    JnaTlbEntry[] array;

    @Setup(Level.Trial)
    public void fill() {
        Memory one = new Memory(TlbMemory.SIZE);
        Memory all = new Memory((long) TlbMemory.SIZE * TlbMemory.ENTRIES);
        Random random = new Random(500);
        for (long i = 0; i < all.size(); i++) {
            all.setByte(i, (byte) random.nextInt());
        }
        for (long i = 0; i < one.size(); i++) {
            one.setByte(i, (byte) random.nextInt());
        }
        entry = new JnaTlbEntry(one);
        array = (JnaTlbEntry[]) new JnaTlbEntry(all).toArray(TlbMemory.ENTRIES);
    }
}
