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
 * A diagnosis of the I386/X86_64 converters: hand-written variants of the generated array loop
 * (a bulk {@code put(int, ByteBuffer, int, int)} per member, a byte loop zeroing the padding),
 * each changing one thing, with the same up-front range checks as the generated code.
 *
 * <ul>
 * <li>{@code ZeroInt}: as generated, the 4 padding bytes zeroed by one {@code int} store;</li>
 * <li>{@code OneCopy}: the 12 bytes both layouts share as one bulk {@code put} per element;</li>
 * <li>{@code Scalar}: each member as one VarHandle load and store in the pair's byte order
 * (little-endian, as the host's), the padding by one {@code int} store, no bulk {@code put};</li>
 * <li>{@code Widen}: as {@code Scalar}, but {@code num_dirty} and the padding after it as one
 * 8-byte little-endian store of the zero-extended value;</li>
 * <li>{@code Paired}: toward I386, two elements (24 bytes) as three 8-byte stores of the
 * members shifted together, where the others make four stores (1,088 elements: an even count).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompatVariants {
    private static final int N = CompatMemory.ENTRIES;
    private static final int S32 = CompatMemory.SIZE_32;
    private static final int S64 = CompatMemory.SIZE_64;
    private static final VarHandle INT =
            MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    @Benchmark
    public ByteBuffer i386ToX86_64ZeroInt(CompatMemory m) {
        ByteBuffer from = m.from32;
        ByteBuffer to = m.to64;
        check(from, S32, to, S64);
        for (int n = 0; n < N; n++) {
            int f = n * S32;
            int t = n * S64;
            INT.set(to, t + 12, 0);
            to.put(t, from, f, 8);
            to.put(t + 8, from, f + 8, 4);
        }
        return to;
    }

    @Benchmark
    public ByteBuffer i386ToX86_64OneCopy(CompatMemory m) {
        ByteBuffer from = m.from32;
        ByteBuffer to = m.to64;
        check(from, S32, to, S64);
        for (int n = 0; n < N; n++) {
            int f = n * S32;
            int t = n * S64;
            for (int i = t + 12, end = t + 16; i < end; i++) {
                to.put(i, (byte) 0);
            }
            to.put(t, from, f, 12);
        }
        return to;
    }

    @Benchmark
    public ByteBuffer i386ToX86_64Scalar(CompatMemory m) {
        ByteBuffer from = m.from32;
        ByteBuffer to = m.to64;
        check(from, S32, to, S64);
        for (int n = 0; n < N; n++) {
            int f = n * S32;
            int t = n * S64;
            INT.set(to, t + 12, 0);
            LONG.set(to, t, (long) LONG.get(from, f));
            INT.set(to, t + 8, (int) INT.get(from, f + 8));
        }
        return to;
    }

    @Benchmark
    public ByteBuffer i386ToX86_64Widen(CompatMemory m) {
        ByteBuffer from = m.from32;
        ByteBuffer to = m.to64;
        check(from, S32, to, S64);
        for (int n = 0; n < N; n++) {
            int f = n * S32;
            int t = n * S64;
            LONG.set(to, t, (long) LONG.get(from, f));
            LONG.set(to, t + 8, Integer.toUnsignedLong((int) INT.get(from, f + 8)));
        }
        return to;
    }

    @Benchmark
    public ByteBuffer x86_64ToI386OneCopy(CompatMemory m) {
        ByteBuffer from = m.from64;
        ByteBuffer to = m.to32;
        check(from, S64, to, S32);
        for (int n = 0; n < N; n++) {
            to.put(n * S32, from, n * S64, 12);
        }
        return to;
    }

    @Benchmark
    public ByteBuffer x86_64ToI386Scalar(CompatMemory m) {
        ByteBuffer from = m.from64;
        ByteBuffer to = m.to32;
        check(from, S64, to, S32);
        for (int n = 0; n < N; n++) {
            int f = n * S64;
            int t = n * S32;
            LONG.set(to, t, (long) LONG.get(from, f));
            INT.set(to, t + 8, (int) INT.get(from, f + 8));
        }
        return to;
    }

    @Benchmark
    public ByteBuffer x86_64ToI386Paired(CompatMemory m) {
        ByteBuffer from = m.from64;
        ByteBuffer to = m.to32;
        check(from, S64, to, S32);
        for (int n = 0; n < N; n += 2) {
            int f = n * S64;
            int t = n * S32;
            long bitmap0 = (long) LONG.get(from, f);
            long dirty0 = Integer.toUnsignedLong((int) INT.get(from, f + 8));
            long bitmap1 = (long) LONG.get(from, f + S64);
            long dirty1 = Integer.toUnsignedLong((int) INT.get(from, f + S64 + 8));
            LONG.set(to, t, bitmap0);
            LONG.set(to, t + 8, dirty0 | bitmap1 << 32);
            LONG.set(to, t + 16, bitmap1 >>> 32 | dirty1 << 32);
        }
        return to;
    }

    /** The generated array methods' range checks. */
    private static void check(ByteBuffer from, int fromSize, ByteBuffer to, int toSize) {
        Objects.checkFromIndexSize(0, Math.multiplyExact(N, fromSize), from.limit());
        Objects.checkFromIndexSize(0, Math.multiplyExact(N, toSize), to.limit());
    }
}
