package org.abistruct.examples.e500;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.abistruct.examples.kvm.KvmDirtyTlb;

/**
 * The kernel side of KVM_DIRTY_TLB as the interface intends it: reads the bitmap from user
 * memory, rejects a {@code num_dirty} that is not the bitmap's weight, then reloads only the
 * dirty entries, or flushes everything when more than a threshold are dirty. (Mainline ignores
 * the bitmap and always flushes.)
 */
public final class DirtyTlbConsumer {

    private final int flushThreshold;

    /** @param flushThreshold the largest number of dirty entries still reloaded one by one */
    public DirtyTlbConsumer(int flushThreshold) {
        if (flushThreshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + flushThreshold);
        }
        this.flushThreshold = flushThreshold;
    }

    /**
     * Applies one request.
     *
     * @param request the {@code kvm_dirty_tlb} argument
     * @param memory where its {@code bitmap} address points
     * @param entries the shared array, whose entry count sets the bitmap's length
     * @param shadow what the dirty entries refresh
     */
    public DirtyOutcome consume(KvmDirtyTlb request, UserMemory memory, EntryArray entries,
            ShadowTlb shadow) {
        Objects.requireNonNull(shadow, "shadow");
        int count = entries.entryCount();
        DirtyBitmap bitmap = DirtyBitmap.fromBytes(count,
                memory.read(request.bitmap(), DirtyBitmap.byteLength(count)));
        if (bitmap.paddingSet()) {
            return new DirtyOutcome.Rejected(DirtyRule.BIT_PAST_LAST_ENTRY,
                    "the bitmap covers " + count + " entries");
        }
        long numDirty = Integer.toUnsignedLong(request.numDirty());
        int weight = bitmap.weight();
        if (numDirty != weight) {
            return new DirtyOutcome.Rejected(DirtyRule.NUM_DIRTY_MISMATCH,
                    "num_dirty is " + numDirty + ", the bitmap has " + weight + " bits set");
        }
        if (weight > flushThreshold) {
            shadow.flushAll();
            return new DirtyOutcome.FlushedAll(weight);
        }
        List<Integer> reloaded = new ArrayList<>(weight);
        for (int i = 0; i < count; i++) {
            if (bitmap.isSet(i)) {
                shadow.reload(i, entries.read(i));
                reloaded.add(i);
            }
        }
        return new DirtyOutcome.Reloaded(reloaded);
    }
}
