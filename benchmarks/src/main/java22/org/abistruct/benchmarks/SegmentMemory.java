package org.abistruct.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The native segments of the MemorySegment benchmarks, filled with the same seeded bytes. */
@State(Scope.Thread)
public class SegmentMemory {
    MemorySegment entry;
    MemorySegment array;

    @Setup(Level.Trial)
    public void fill() {
        Arena arena = Arena.ofAuto();
        entry = arena.allocate(SegmentTlbEntry.LAYOUT_LE);
        array = arena.allocate(SegmentTlbEntry.LAYOUT_LE, TlbMemory.ENTRIES);
        Random random = new Random(500);
        for (long i = 0; i < array.byteSize(); i++) {
            array.set(ValueLayout.JAVA_BYTE, i, (byte) random.nextInt());
        }
        for (long i = 0; i < entry.byteSize(); i++) {
            entry.set(ValueLayout.JAVA_BYTE, i, (byte) random.nextInt());
        }
    }
}
