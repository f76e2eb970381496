package org.abistruct.benchmarks;

import static org.abistruct.benchmarks.SegmentTlbEntry.MAS1_OFFSET;
import static org.abistruct.benchmarks.SegmentTlbEntry.MAS2_OFFSET;
import static org.abistruct.benchmarks.SegmentTlbEntry.MAS7_3_OFFSET;
import static org.abistruct.benchmarks.SegmentTlbEntry.MAS8_OFFSET;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * A native {@link MemorySegment} read and written through hand-written static final ValueLayout
 * constants (JDK 22+); the array scan takes each element with jextract's {@code asSlice}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SegmentAccess {

    @Benchmark
    public long getFieldsLe(SegmentMemory m) {
        MemorySegment s = m.entry;
        return s.get(SegmentTlbEntry.MAS8_LE, MAS8_OFFSET) + s.get(SegmentTlbEntry.MAS1_LE, MAS1_OFFSET)
                + s.get(SegmentTlbEntry.MAS2_LE, MAS2_OFFSET) + s.get(SegmentTlbEntry.MAS7_3_LE, MAS7_3_OFFSET);
    }

    @Benchmark
    public void setFieldsLe(SegmentMemory m, TlbMemory v) {
        MemorySegment s = m.entry;
        s.set(SegmentTlbEntry.MAS8_LE, MAS8_OFFSET, v.mas8);
        s.set(SegmentTlbEntry.MAS1_LE, MAS1_OFFSET, v.mas1);
        s.set(SegmentTlbEntry.MAS2_LE, MAS2_OFFSET, v.mas2);
        s.set(SegmentTlbEntry.MAS7_3_LE, MAS7_3_OFFSET, v.mas73);
    }

    @Benchmark
    public long scanMas2Le(SegmentMemory m) {
        MemorySegment a = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += SegmentTlbEntry.asSlice(a, i).get(SegmentTlbEntry.MAS2_LE, MAS2_OFFSET);
        }
        return sum;
    }

    /** The scan with the element offset computed inline, no slice: the fastest shape found. */
    @Benchmark
    public long scanMas2LeByOffset(SegmentMemory m) {
        MemorySegment a = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += a.get(SegmentTlbEntry.MAS2_LE, i * SegmentTlbEntry.SIZE + MAS2_OFFSET);
        }
        return sum;
    }

    /** The big-endian scan in the same shape. */
    @Benchmark
    public long scanMas2BeByOffset(SegmentMemory m) {
        MemorySegment a = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += a.get(SegmentTlbEntry.MAS2_BE, i * SegmentTlbEntry.SIZE + MAS2_OFFSET);
        }
        return sum;
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordLe(SegmentMemory m) {
        MemorySegment s = m.entry;
        return new KvmBook3e206TlbEntry(s.get(SegmentTlbEntry.MAS8_LE, MAS8_OFFSET),
                s.get(SegmentTlbEntry.MAS1_LE, MAS1_OFFSET), s.get(SegmentTlbEntry.MAS2_LE, MAS2_OFFSET),
                s.get(SegmentTlbEntry.MAS7_3_LE, MAS7_3_OFFSET));
    }

    @Benchmark
    public void writeRecordLe(SegmentMemory m, TlbMemory v) {
        MemorySegment s = m.entry;
        KvmBook3e206TlbEntry r = v.record;
        s.set(SegmentTlbEntry.MAS8_LE, MAS8_OFFSET, r.mas8());
        s.set(SegmentTlbEntry.MAS1_LE, MAS1_OFFSET, r.mas1());
        s.set(SegmentTlbEntry.MAS2_LE, MAS2_OFFSET, r.mas2());
        s.set(SegmentTlbEntry.MAS7_3_LE, MAS7_3_OFFSET, r.mas73());
    }

    @Benchmark
    public long getFieldsBe(SegmentMemory m) {
        MemorySegment s = m.entry;
        return s.get(SegmentTlbEntry.MAS8_BE, MAS8_OFFSET) + s.get(SegmentTlbEntry.MAS1_BE, MAS1_OFFSET)
                + s.get(SegmentTlbEntry.MAS2_BE, MAS2_OFFSET) + s.get(SegmentTlbEntry.MAS7_3_BE, MAS7_3_OFFSET);
    }

    @Benchmark
    public void setFieldsBe(SegmentMemory m, TlbMemory v) {
        MemorySegment s = m.entry;
        s.set(SegmentTlbEntry.MAS8_BE, MAS8_OFFSET, v.mas8);
        s.set(SegmentTlbEntry.MAS1_BE, MAS1_OFFSET, v.mas1);
        s.set(SegmentTlbEntry.MAS2_BE, MAS2_OFFSET, v.mas2);
        s.set(SegmentTlbEntry.MAS7_3_BE, MAS7_3_OFFSET, v.mas73);
    }

    @Benchmark
    public long scanMas2Be(SegmentMemory m) {
        MemorySegment a = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += SegmentTlbEntry.asSlice(a, i).get(SegmentTlbEntry.MAS2_BE, MAS2_OFFSET);
        }
        return sum;
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordBe(SegmentMemory m) {
        MemorySegment s = m.entry;
        return new KvmBook3e206TlbEntry(s.get(SegmentTlbEntry.MAS8_BE, MAS8_OFFSET),
                s.get(SegmentTlbEntry.MAS1_BE, MAS1_OFFSET), s.get(SegmentTlbEntry.MAS2_BE, MAS2_OFFSET),
                s.get(SegmentTlbEntry.MAS7_3_BE, MAS7_3_OFFSET));
    }

    @Benchmark
    public void writeRecordBe(SegmentMemory m, TlbMemory v) {
        MemorySegment s = m.entry;
        KvmBook3e206TlbEntry r = v.record;
        s.set(SegmentTlbEntry.MAS8_BE, MAS8_OFFSET, r.mas8());
        s.set(SegmentTlbEntry.MAS1_BE, MAS1_OFFSET, r.mas1());
        s.set(SegmentTlbEntry.MAS2_BE, MAS2_OFFSET, r.mas2());
        s.set(SegmentTlbEntry.MAS7_3_BE, MAS7_3_OFFSET, r.mas73());
    }

    /** The record read through one slice of the struct's size, its accesses at constants. */
    @Benchmark
    public KvmBook3e206TlbEntry readRecordLeSliced(SegmentMemory m) {
        MemorySegment s = m.entry.asSlice(0, SegmentTlbEntry.SIZE);
        return new KvmBook3e206TlbEntry(s.get(SegmentTlbEntry.MAS8_LE, MAS8_OFFSET),
                s.get(SegmentTlbEntry.MAS1_LE, MAS1_OFFSET), s.get(SegmentTlbEntry.MAS2_LE, MAS2_OFFSET),
                s.get(SegmentTlbEntry.MAS7_3_LE, MAS7_3_OFFSET));
    }

    /** The four gets through one slice of the struct's size. */
    @Benchmark
    public long getFieldsLeSliced(SegmentMemory m) {
        MemorySegment s = m.entry.asSlice(0, SegmentTlbEntry.SIZE);
        return s.get(SegmentTlbEntry.MAS8_LE, MAS8_OFFSET) + s.get(SegmentTlbEntry.MAS1_LE, MAS1_OFFSET)
                + s.get(SegmentTlbEntry.MAS2_LE, MAS2_OFFSET) + s.get(SegmentTlbEntry.MAS7_3_LE, MAS7_3_OFFSET);
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordBeSliced(SegmentMemory m) {
        MemorySegment s = m.entry.asSlice(0, SegmentTlbEntry.SIZE);
        return new KvmBook3e206TlbEntry(s.get(SegmentTlbEntry.MAS8_BE, MAS8_OFFSET),
                s.get(SegmentTlbEntry.MAS1_BE, MAS1_OFFSET), s.get(SegmentTlbEntry.MAS2_BE, MAS2_OFFSET),
                s.get(SegmentTlbEntry.MAS7_3_BE, MAS7_3_OFFSET));
    }

    @Benchmark
    public long getFieldsBeSliced(SegmentMemory m) {
        MemorySegment s = m.entry.asSlice(0, SegmentTlbEntry.SIZE);
        return s.get(SegmentTlbEntry.MAS8_BE, MAS8_OFFSET) + s.get(SegmentTlbEntry.MAS1_BE, MAS1_OFFSET)
                + s.get(SegmentTlbEntry.MAS2_BE, MAS2_OFFSET) + s.get(SegmentTlbEntry.MAS7_3_BE, MAS7_3_OFFSET);
    }
}
