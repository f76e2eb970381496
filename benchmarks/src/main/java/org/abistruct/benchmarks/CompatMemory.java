package org.abistruct.benchmarks;

import java.nio.ByteBuffer;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The memory of the compat benchmarks: an e6500-sized array of {@code kvm_dirty_tlb} laid out for
 * the 32-bit ABI (12-byte elements) and for the 64-bit one (16-byte elements), each as a source
 * filled from one seed and as a destination, all direct (native) buffers.
 */
@State(Scope.Thread)
public class CompatMemory {
    /** Elements in each array: as many as e6500 TLB entries. */
    static final int ENTRIES = TlbMemory.ENTRIES;
    /** {@code sizeof(struct kvm_dirty_tlb)} on I386. */
    static final int SIZE_32 = 12;
    /** {@code sizeof(struct kvm_dirty_tlb)} on X86_64, PPC32 and PPC64. */
    static final int SIZE_64 = 16;
    static final int BYTES_32 = ENTRIES * SIZE_32;
    static final int BYTES_64 = ENTRIES * SIZE_64;

    ByteBuffer from32;
    ByteBuffer to32;
    ByteBuffer from64;
    ByteBuffer to64;

    @Setup(Level.Trial)
    public void fill() {
        from32 = ByteBuffer.allocateDirect(BYTES_32);
        to32 = ByteBuffer.allocateDirect(BYTES_32);
        from64 = ByteBuffer.allocateDirect(BYTES_64);
        to64 = ByteBuffer.allocateDirect(BYTES_64);
        Random random = new Random(500);
        for (int i = 0; i < BYTES_32; i++) {
            from32.put(i, (byte) random.nextInt());
        }
        for (int i = 0; i < BYTES_64; i++) {
            from64.put(i, (byte) random.nextInt());
        }
    }
}
