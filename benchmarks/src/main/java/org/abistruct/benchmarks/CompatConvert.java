package org.abistruct.benchmarks;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.abistruct.Abi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * The generated compat converters of {@code kvm_dirty_tlb} on an e6500-sized array, and the bulk
 * copies of the same source bytes they are measured against: {@code ByteBuffer}'s absolute
 * {@code put(int, ByteBuffer, int, int)} and relative {@code put(ByteBuffer)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompatConvert {
    private static final int N = CompatMemory.ENTRIES;

    /** I386 (12 bytes) to X86_64 (16 bytes): member by member, tail padding zeroed. */
    @Benchmark
    public ByteBuffer i386ToX86_64(CompatMemory m) {
        KvmDirtyTlbCompat.i386ToX86_64(m.from32, 0, m.to64, 0, N);
        return m.to64;
    }

    /** X86_64 (16 bytes) to I386 (12 bytes). */
    @Benchmark
    public ByteBuffer x86_64ToI386(CompatMemory m) {
        KvmDirtyTlbCompat.x86_64ToI386(m.from64, 0, m.to32, 0, N);
        return m.to32;
    }

    /** PPC32 to PPC64, identical layouts (16 bytes). */
    @Benchmark
    public ByteBuffer ppc32ToPpc64(CompatMemory m) {
        KvmDirtyTlbCompat.convert(Abi.PPC32, Abi.PPC64, m.from64, 0, m.to64, 0, N);
        return m.to64;
    }

    /** The I386 array's bytes, absolute bulk put. */
    @Benchmark
    public ByteBuffer copy32Absolute(CompatMemory m) {
        return m.to32.put(0, m.from32, 0, CompatMemory.BYTES_32);
    }

    /** The X86_64 array's bytes, absolute bulk put. */
    @Benchmark
    public ByteBuffer copy64Absolute(CompatMemory m) {
        return m.to64.put(0, m.from64, 0, CompatMemory.BYTES_64);
    }

    /** The I386 array's bytes, relative bulk put (positions reset each time). */
    @Benchmark
    public ByteBuffer copy32Relative(CompatMemory m) {
        m.from32.clear();
        return m.to32.clear().put(m.from32);
    }

    /** The X86_64 array's bytes, relative bulk put (positions reset each time). */
    @Benchmark
    public ByteBuffer copy64Relative(CompatMemory m) {
        m.from64.clear();
        return m.to64.clear().put(m.from64);
    }
}
