package org.abistruct.benchmarks;

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

/**
 * The compat benchmarks' bulk copy by {@code MemorySegment.copy}, over segments of the very
 * buffers the converters use.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompatSegmentCopy {
    /** Segments viewing {@link CompatMemory}'s buffers. */
    @State(Scope.Thread)
    public static class Segments {
        MemorySegment from32;
        MemorySegment to32;
        MemorySegment from64;
        MemorySegment to64;

        @Setup(Level.Trial)
        public void view(CompatMemory m) {
            from32 = MemorySegment.ofBuffer(m.from32);
            to32 = MemorySegment.ofBuffer(m.to32);
            from64 = MemorySegment.ofBuffer(m.from64);
            to64 = MemorySegment.ofBuffer(m.to64);
        }
    }

    @Benchmark
    public MemorySegment copy32(Segments s) {
        MemorySegment.copy(s.from32, 0, s.to32, 0, CompatMemory.BYTES_32);
        return s.to32;
    }

    @Benchmark
    public MemorySegment copy64(Segments s) {
        MemorySegment.copy(s.from64, 0, s.to64, 0, CompatMemory.BYTES_64);
        return s.to64;
    }
}
