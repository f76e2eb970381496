package org.abistruct.benchmarks;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The generated accessors of {@code kvm_book3e_206_tlb_entry}: X86_64 (little-endian) and PPC32
 * (big-endian).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GeneratedAccess {
    private static final KvmBook3e206TlbEntryLayout LE = KvmBook3e206TlbEntryLayout.X86_64;
    private static final KvmBook3e206TlbEntryLayout BE = KvmBook3e206TlbEntryLayout.PPC32;

    @Benchmark
    public long getFieldsLe(TlbMemory m) {
        ByteBuffer b = m.entry;
        return LE.getMas8(b, 0) + LE.getMas1(b, 0) + LE.getMas2(b, 0) + LE.getMas73(b, 0);
    }

    @Benchmark
    public long getFieldsBe(TlbMemory m) {
        ByteBuffer b = m.entry;
        return BE.getMas8(b, 0) + BE.getMas1(b, 0) + BE.getMas2(b, 0) + BE.getMas73(b, 0);
    }

    @Benchmark
    public void setFieldsLe(TlbMemory m) {
        ByteBuffer b = m.entry;
        LE.setMas8(b, 0, m.mas8);
        LE.setMas1(b, 0, m.mas1);
        LE.setMas2(b, 0, m.mas2);
        LE.setMas73(b, 0, m.mas73);
    }

    @Benchmark
    public void setFieldsBe(TlbMemory m) {
        ByteBuffer b = m.entry;
        BE.setMas8(b, 0, m.mas8);
        BE.setMas1(b, 0, m.mas1);
        BE.setMas2(b, 0, m.mas2);
        BE.setMas73(b, 0, m.mas73);
    }

    @Benchmark
    public long scanMas2Le(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += LE.getMas2(b, LE.elementOffset(0, i));
        }
        return sum;
    }

    @Benchmark
    public long scanMas2Be(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += BE.getMas2(b, BE.elementOffset(0, i));
        }
        return sum;
    }

    /** The scan with the offset computed inline instead of by {@code elementOffset}. */
    @Benchmark
    public long scanMas2LeByOffset(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += LE.getMas2(b, i * TlbMemory.SIZE);
        }
        return sum;
    }

    /** The scan with the offset computed inline instead of by {@code elementOffset}. */
    @Benchmark
    public long scanMas2BeByOffset(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += BE.getMas2(b, i * TlbMemory.SIZE);
        }
        return sum;
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordLe(TlbMemory m) {
        return LE.read(m.entry, 0);
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordBe(TlbMemory m) {
        return BE.read(m.entry, 0);
    }

    @Benchmark
    public void writeRecordLe(TlbMemory m) {
        LE.write(m.entry, 0, m.record);
    }

    @Benchmark
    public void writeRecordBe(TlbMemory m) {
        BE.write(m.entry, 0, m.record);
    }
}
