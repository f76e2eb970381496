package org.abistruct.benchmarks;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The struct check of a struct with no 8-byte member: the X86_64 layout's {@code read},
 * {@code write} and whole-array getter of {@code kvm_book3e_206_tlb_params}, whose C2 code
 * RESULTS.md reads (generator change 15). Not part of scripts/bench.sh.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParamsCheck {
    private static final KvmBook3e206TlbParamsLayout LE = KvmBook3e206TlbParamsLayout.X86_64;

    /** One struct in a direct buffer, and a record to write. */
    @State(Scope.Thread)
    public static class Params {
        ByteBuffer buf;
        KvmBook3e206TlbParams value;

        @Setup(Level.Trial)
        public void fill() {
            buf = ByteBuffer.allocateDirect(LE.size());
            value = new KvmBook3e206TlbParams(new int[] {512, 64, 0, 0}, new int[] {4, 64, 0, 0},
                    new int[8]);
            LE.write(buf, 0, value);
        }
    }

    @Benchmark
    public KvmBook3e206TlbParams read(Params p) {
        return LE.read(p.buf, 0);
    }

    @Benchmark
    public void write(Params p) {
        LE.write(p.buf, 0, p.value);
    }

    @Benchmark
    public int[] getTlbWays(Params p) {
        return LE.getTlbWays(p.buf, 0);
    }
}
