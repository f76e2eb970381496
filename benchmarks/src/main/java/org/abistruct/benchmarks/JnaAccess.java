package org.abistruct.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * JNA {@code Structure} on native memory (native order, so little-endian here): whole-struct
 * {@code read()}/{@code write()} and per-field {@code readField}/{@code writeField}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JnaAccess {

    @Benchmark
    public long getFieldsLe(JnaMemory j) {
        JnaTlbEntry e = j.entry;
        e.read();
        return e.mas8 + e.mas1 + e.mas2 + e.mas7_3;
    }

    @Benchmark
    public long getFieldsLeByField(JnaMemory j) {
        JnaTlbEntry e = j.entry;
        return (int) e.readField("mas8") + (int) e.readField("mas1")
                + (long) e.readField("mas2") + (long) e.readField("mas7_3");
    }

    @Benchmark
    public void setFieldsLe(JnaMemory j, TlbMemory m) {
        JnaTlbEntry e = j.entry;
        e.mas8 = m.mas8;
        e.mas1 = m.mas1;
        e.mas2 = m.mas2;
        e.mas7_3 = m.mas73;
        e.write();
    }

    @Benchmark
    public void setFieldsLeByField(JnaMemory j, TlbMemory m) {
        JnaTlbEntry e = j.entry;
        e.writeField("mas8", m.mas8);
        e.writeField("mas1", m.mas1);
        e.writeField("mas2", m.mas2);
        e.writeField("mas7_3", m.mas73);
    }

    @Benchmark
    public long scanMas2Le(JnaMemory j) {
        long sum = 0;
        for (JnaTlbEntry e : j.array) {
            e.read();
            sum += e.mas2;
        }
        return sum;
    }

    @Benchmark
    public long scanMas2LeByField(JnaMemory j) {
        long sum = 0;
        for (JnaTlbEntry e : j.array) {
            sum += (long) e.readField("mas2");
        }
        return sum;
    }

    @Benchmark
    public KvmBook3e206TlbEntry readRecordLe(JnaMemory j) {
        JnaTlbEntry e = j.entry;
        e.read();
        return new KvmBook3e206TlbEntry(e.mas8, e.mas1, e.mas2, e.mas7_3);
    }

    @Benchmark
    public void writeRecordLe(JnaMemory j, TlbMemory m) {
        JnaTlbEntry e = j.entry;
        KvmBook3e206TlbEntry r = m.record;
        e.mas8 = r.mas8();
        e.mas1 = r.mas1();
        e.mas2 = r.mas2();
        e.mas7_3 = r.mas73();
        e.write();
    }
}
