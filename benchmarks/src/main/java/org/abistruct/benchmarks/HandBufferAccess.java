package org.abistruct.benchmarks;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Hand-written access at the limit: {@code static final} offsets and {@code ByteBuffer.getLong(int)}
 * on a buffer already in the ABI's order.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandBufferAccess {
    private static final int SIZE = 24;
    private static final int MAS8 = 0;
    private static final int MAS1 = 4;
    private static final int MAS2 = 8;
    private static final int MAS7_3 = 16;

    @Benchmark
    public long getFieldsLe(TlbMemory m) {
        ByteBuffer b = m.entryLe;
        return b.getInt(MAS8) + b.getInt(MAS1)
                + b.getLong(MAS2) + b.getLong(MAS7_3);
    }

    @Benchmark
    public long getFieldsBe(TlbMemory m) {
        ByteBuffer b = m.entryBe;
        return b.getInt(MAS8) + b.getInt(MAS1)
                + b.getLong(MAS2) + b.getLong(MAS7_3);
    }

    @Benchmark
    public void setFieldsLe(TlbMemory m) {
        ByteBuffer b = m.entryLe;
        b.putInt(MAS8, m.mas8);
        b.putInt(MAS1, m.mas1);
        b.putLong(MAS2, m.mas2);
        b.putLong(MAS7_3, m.mas73);
    }

    @Benchmark
    public void setFieldsBe(TlbMemory m) {
        ByteBuffer b = m.entryBe;
        b.putInt(MAS8, m.mas8);
        b.putInt(MAS1, m.mas1);
        b.putLong(MAS2, m.mas2);
        b.putLong(MAS7_3, m.mas73);
    }

    @Benchmark
    public long scanMas2Le(TlbMemory m) {
        ByteBuffer b = m.arrayLe;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += b.getLong(i * SIZE + MAS2);
        }
        return sum;
    }

    @Benchmark
    public long scanMas2Be(TlbMemory m) {
        ByteBuffer b = m.arrayBe;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += b.getLong(i * SIZE + MAS2);
        }
        return sum;
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordLe(TlbMemory m) {
        ByteBuffer b = m.entryLe;
        return new KvmBook3e206TlbEntry(b.getInt(MAS8), b.getInt(MAS1),
                b.getLong(MAS2), b.getLong(MAS7_3));
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordBe(TlbMemory m) {
        ByteBuffer b = m.entryBe;
        return new KvmBook3e206TlbEntry(b.getInt(MAS8), b.getInt(MAS1),
                b.getLong(MAS2), b.getLong(MAS7_3));
    }

    @Benchmark
    public void writeRecordLe(TlbMemory m) {
        ByteBuffer b = m.entryLe;
        KvmBook3e206TlbEntry r = m.record;
        b.putInt(MAS8, r.mas8());
        b.putInt(MAS1, r.mas1());
        b.putLong(MAS2, r.mas2());
        b.putLong(MAS7_3, r.mas73());
    }

    @Benchmark
    public void writeRecordBe(TlbMemory m) {
        ByteBuffer b = m.entryBe;
        KvmBook3e206TlbEntry r = m.record;
        b.putInt(MAS8, r.mas8());
        b.putInt(MAS1, r.mas1());
        b.putLong(MAS2, r.mas2());
        b.putLong(MAS7_3, r.mas73());
    }
}
