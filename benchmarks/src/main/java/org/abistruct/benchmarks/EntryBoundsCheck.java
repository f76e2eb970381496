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
 * The struct bounds check on one entry: {@link HandVarHandleAccess}'s four gets preceded by the
 * one check the generated accessors make, {@code Objects.checkIndex(offset, limit - SIZE + 1)},
 * which rejects a buffer too small for the whole struct.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EntryBoundsCheck {
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
    public long getFieldsCheckIndexLe(TlbMemory m) {
        ByteBuffer b = m.entry;
        int at = Objects.checkIndex(0, b.limit() - SIZE + 1);
        return (int) INT_LE.get(b, at + MAS8) + (int) INT_LE.get(b, at + MAS1)
                + (long) LONG_LE.get(b, at + MAS2) + (long) LONG_LE.get(b, at + MAS7_3);
    }

    @Benchmark
    public long getFieldsCheckIndexBe(TlbMemory m) {
        ByteBuffer b = m.entry;
        int at = Objects.checkIndex(0, b.limit() - SIZE + 1);
        return (int) INT_BE.get(b, at + MAS8) + (int) INT_BE.get(b, at + MAS1)
                + (long) LONG_BE.get(b, at + MAS2) + (long) LONG_BE.get(b, at + MAS7_3);
    }
}
