package org.abistruct.benchmarks;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The generated accessors of {@code kvm_book3e_206_tlb_entry} over a {@link MemorySegment}
 * (a compile at release 22): X86_64 (little-endian) and PPC32 (big-endian), the operations of
 * {@link SegmentAccess} on the same memory.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GeneratedSegmentAccess {
    private static final KvmBook3e206TlbEntryLayout LE = KvmBook3e206TlbEntryLayout.X86_64;
    private static final KvmBook3e206TlbEntryLayout BE = KvmBook3e206TlbEntryLayout.PPC32;

    @Benchmark
    public long getFieldsLe(SegmentMemory m) {
        MemorySegment s = m.entry;
        return LE.getMas8(s, 0) + LE.getMas1(s, 0) + LE.getMas2(s, 0) + LE.getMas73(s, 0);
    }

    @Benchmark
    public long getFieldsBe(SegmentMemory m) {
        MemorySegment s = m.entry;
        return BE.getMas8(s, 0) + BE.getMas1(s, 0) + BE.getMas2(s, 0) + BE.getMas73(s, 0);
    }

    @Benchmark
    public void setFieldsLe(SegmentMemory m, TlbMemory v) {
        MemorySegment s = m.entry;
        LE.setMas8(s, 0, v.mas8);
        LE.setMas1(s, 0, v.mas1);
        LE.setMas2(s, 0, v.mas2);
        LE.setMas73(s, 0, v.mas73);
    }

    @Benchmark
    public void setFieldsBe(SegmentMemory m, TlbMemory v) {
        MemorySegment s = m.entry;
        BE.setMas8(s, 0, v.mas8);
        BE.setMas1(s, 0, v.mas1);
        BE.setMas2(s, 0, v.mas2);
        BE.setMas73(s, 0, v.mas73);
    }

    @Benchmark
    public long scanMas2Le(SegmentMemory m) {
        MemorySegment a = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += LE.getMas2(a, LE.elementOffset(0L, i));
        }
        return sum;
    }

    @Benchmark
    public long scanMas2Be(SegmentMemory m) {
        MemorySegment a = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += BE.getMas2(a, BE.elementOffset(0L, i));
        }
        return sum;
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordLe(SegmentMemory m) {
        return LE.read(m.entry, 0);
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordBe(SegmentMemory m) {
        return BE.read(m.entry, 0);
    }

    @Benchmark
    public void writeRecordLe(SegmentMemory m, TlbMemory v) {
        LE.write(m.entry, 0, v.record);
    }

    @Benchmark
    public void writeRecordBe(SegmentMemory m, TlbMemory v) {
        BE.write(m.entry, 0, v.record);
    }
}
