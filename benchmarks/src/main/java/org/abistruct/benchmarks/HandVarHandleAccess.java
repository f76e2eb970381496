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

/** Hand-written access at the limit: {@code static final} offsets and byte-buffer view VarHandles. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HandVarHandleAccess {
    private static final int SIZE = 24;
    private static final int MAS8 = 0;
    private static final int MAS1 = 4;
    private static final int MAS2 = 8;
    private static final int MAS7_3 = 16;
    private static final VarHandle INT_LE =
            MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE =
            MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_BE =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    @Benchmark
    public long getFieldsLe(TlbMemory m) {
        ByteBuffer b = m.entry;
        return (int) INT_LE.get(b, MAS8) + (int) INT_LE.get(b, MAS1)
                + (long) LONG_LE.get(b, MAS2) + (long) LONG_LE.get(b, MAS7_3);
    }

    @Benchmark
    public long getFieldsBe(TlbMemory m) {
        ByteBuffer b = m.entry;
        return (int) INT_BE.get(b, MAS8) + (int) INT_BE.get(b, MAS1)
                + (long) LONG_BE.get(b, MAS2) + (long) LONG_BE.get(b, MAS7_3);
    }

    /**
     * {@link #getFieldsLe} after the one struct check the generated accessors make, which
     * rejects a buffer too small for the whole struct: what that check costs on one entry.
     */
    @Benchmark
    public long getFieldsCheckedLe(TlbMemory m) {
        ByteBuffer b = m.entry;
        int at = Objects.checkIndex(0, b.limit() - SIZE + 1);
        return (int) INT_LE.get(b, at + MAS8) + (int) INT_LE.get(b, at + MAS1)
                + (long) LONG_LE.get(b, at + MAS2) + (long) LONG_LE.get(b, at + MAS7_3);
    }

    /** {@link #getFieldsBe} after the generated accessors' struct check. */
    @Benchmark
    public long getFieldsCheckedBe(TlbMemory m) {
        ByteBuffer b = m.entry;
        int at = Objects.checkIndex(0, b.limit() - SIZE + 1);
        return (int) INT_BE.get(b, at + MAS8) + (int) INT_BE.get(b, at + MAS1)
                + (long) LONG_BE.get(b, at + MAS2) + (long) LONG_BE.get(b, at + MAS7_3);
    }

    @Benchmark
    public void setFieldsLe(TlbMemory m) {
        ByteBuffer b = m.entry;
        INT_LE.set(b, MAS8, m.mas8);
        INT_LE.set(b, MAS1, m.mas1);
        LONG_LE.set(b, MAS2, m.mas2);
        LONG_LE.set(b, MAS7_3, m.mas73);
    }

    @Benchmark
    public void setFieldsBe(TlbMemory m) {
        ByteBuffer b = m.entry;
        INT_BE.set(b, MAS8, m.mas8);
        INT_BE.set(b, MAS1, m.mas1);
        LONG_BE.set(b, MAS2, m.mas2);
        LONG_BE.set(b, MAS7_3, m.mas73);
    }

    @Benchmark
    public long scanMas2Le(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += (long) LONG_LE.get(b, i * SIZE + MAS2);
        }
        return sum;
    }

    @Benchmark
    public long scanMas2Be(TlbMemory m) {
        ByteBuffer b = m.array;
        long sum = 0;
        for (int i = 0; i < TlbMemory.ENTRIES; i++) {
            sum += (long) LONG_BE.get(b, i * SIZE + MAS2);
        }
        return sum;
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordLe(TlbMemory m) {
        ByteBuffer b = m.entry;
        return new KvmBook3e206TlbEntry((int) INT_LE.get(b, MAS8), (int) INT_LE.get(b, MAS1),
                (long) LONG_LE.get(b, MAS2), (long) LONG_LE.get(b, MAS7_3));
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordBe(TlbMemory m) {
        ByteBuffer b = m.entry;
        return new KvmBook3e206TlbEntry((int) INT_BE.get(b, MAS8), (int) INT_BE.get(b, MAS1),
                (long) LONG_BE.get(b, MAS2), (long) LONG_BE.get(b, MAS7_3));
    }

    @Benchmark
    public void writeRecordLe(TlbMemory m) {
        ByteBuffer b = m.entry;
        KvmBook3e206TlbEntry r = m.record;
        INT_LE.set(b, MAS8, r.mas8());
        INT_LE.set(b, MAS1, r.mas1());
        LONG_LE.set(b, MAS2, r.mas2());
        LONG_LE.set(b, MAS7_3, r.mas73());
    }

    @Benchmark
    public void writeRecordBe(TlbMemory m) {
        ByteBuffer b = m.entry;
        KvmBook3e206TlbEntry r = m.record;
        INT_BE.set(b, MAS8, r.mas8());
        INT_BE.set(b, MAS1, r.mas1());
        LONG_BE.set(b, MAS2, r.mas2());
        LONG_BE.set(b, MAS7_3, r.mas73());
    }
}
