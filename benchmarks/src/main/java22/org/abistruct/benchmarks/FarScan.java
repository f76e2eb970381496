package org.abistruct.benchmarks;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * The generated segment scan of 1,088 entries in one mapped 3 GiB segment, guest memory as a
 * VMM maps it: below 2 GiB and past 2 GiB, where no {@code int} offset reaches.
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

    @Setup(Level.Trial)
    public void map() throws IOException {
        Path file = Files.createTempFile("abistruct-guest", ".mem");
        file.toFile().deleteOnExit();
        arena = Arena.ofShared();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            guest = channel.map(FileChannel.MapMode.READ_WRITE, 0, 3L << 30, arena);
        }
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
        return scan(0);
    }

    @Benchmark
    public long scanPast2GiB() {
        return scan(FAR);
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
