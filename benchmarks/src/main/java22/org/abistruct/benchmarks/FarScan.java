package org.abistruct.benchmarks;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The generated segment scan of 1,088 entries in one 3 GiB segment of anonymous memory, guest
 * RAM as a VMM allocates it: below 2 GiB and past 2 GiB, where no {@code int} offset reaches.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class FarScan {
    private static final KvmBook3e206TlbEntryLayout LE = KvmBook3e206TlbEntryLayout.X86_64;
    /** Where the far array starts: 2.5 GiB in. */
    static final long FAR = 5L << 29;

    private Arena arena;
    private MemorySegment guest;
    /** The bases, fields as a VMM's addresses are: the JIT sees neither as a constant. */
    private long near = 0;
    private long far = FAR;

    @Setup(Level.Trial)
    public void map() {
        arena = Arena.ofShared();
        guest = arena.allocate(3L << 30, 4096);
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            LE.setMas2(guest, LE.elementOffset(0L, i), i);
            LE.setMas2(guest, LE.elementOffset(FAR, i), i);
        }
    }

    @TearDown(Level.Trial)
    public void unmap() {
        arena.close();
    }

    @Benchmark
    public long scanBelow2GiB() {
        return scan(near);
    }

    @Benchmark
    public long scanPast2GiB() {
        return scan(far);
    }

    private long scan(long base) {
        MemorySegment g = guest;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += LE.getMas2(g, LE.elementOffset(base, i));
        }
        return sum;
    }
}
