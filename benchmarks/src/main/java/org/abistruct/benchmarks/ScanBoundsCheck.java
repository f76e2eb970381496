package org.abistruct.benchmarks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The struct bounds check in a scan: the hand-written VarHandle scan with no struct bounds check,
 * with {@code Objects.checkFromIndexSize(offset, SIZE, limit)} (what the generated accessors
 * called first), and with the equivalent {@code Objects.checkIndex(offset, limit - SIZE + 1)}
 * (what they call now), which C2 treats as a range check it can hoist out of the loop.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScanBoundsCheck {
    private static final int SIZE = 24;
    private static final int MAS2 = 8;
    private static final VarHandle LONG_LE =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    @Benchmark
    public long scanNoCheckLe(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            int offset = i * SIZE;
            sum += (long) LONG_LE.get(b, offset + MAS2);
        }
        return sum;
    }

    @Benchmark
    public long scanCheckFromIndexSizeLe(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            int offset = i * SIZE;
            Objects.checkFromIndexSize(offset, SIZE, b.limit());
            sum += (long) LONG_LE.get(b, offset + MAS2);
        }
        return sum;
    }

    @Benchmark
    public long scanCheckIndexLe(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            int offset = i * SIZE;
            Objects.checkIndex(offset, b.limit() - SIZE + 1);
            sum += (long) LONG_LE.get(b, offset + MAS2);
        }
        return sum;
    }

    @Benchmark
    public long scanNoCheckBe(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            int offset = i * SIZE;
            sum += (long) LONG_BE.get(b, offset + MAS2);
        }
        return sum;
    }

    @Benchmark
    public long scanCheckFromIndexSizeBe(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            int offset = i * SIZE;
            Objects.checkFromIndexSize(offset, SIZE, b.limit());
            sum += (long) LONG_BE.get(b, offset + MAS2);
        }
        return sum;
    }

    @Benchmark
    public long scanCheckIndexBe(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            int offset = i * SIZE;
            Objects.checkIndex(offset, b.limit() - SIZE + 1);
            sum += (long) LONG_BE.get(b, offset + MAS2);
        }
        return sum;
    }
}
