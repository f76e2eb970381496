package org.abistruct.examples.e500;

import java.util.Objects;
import org.abistruct.examples.kvm.KvmDirtyTlb;

/**
 * The user-space side of KVM_DIRTY_TLB: remembers which entries were changed since the last
 * request and turns them into a bitmap and a {@code kvm_dirty_tlb} whose {@code num_dirty} is the
 * bitmap's weight.
 */
public final class DirtyTracker {

    private final DirtyBitmap bitmap;

    public DirtyTracker(int entryCount) {
        this.bitmap = new DirtyBitmap(entryCount);
    }

    public int entryCount() {
        return bitmap.entryCount();
    }

    /** Marks an entry changed. */
    public void markChanged(int index) {
        bitmap.set(index);
    }

    /** Marks every entry changed, as QEMU does after any change. */
    public void markAllChanged() {
        for (int i = 0; i < bitmap.entryCount(); i++) {
            bitmap.set(i);
        }
    }

    public boolean isChanged(int index) {
        return bitmap.isSet(index);
    }

    /** Entries marked changed so far. */
    public int changedCount() {
        return bitmap.weight();
    }

    /**
     * The request for the entries changed so far, its bitmap to be stored at
     * {@code bitmapAddress}; the marks are then cleared for the next round.
     */
    public DirtyTlbRequest takeRequest(long bitmapAddress) {
        DirtyTlbRequest request = request(bitmapAddress);
        clear();
        return request;
    }

    /** The request for the entries changed so far, keeping the marks. */
    public DirtyTlbRequest request(long bitmapAddress) {
        KvmDirtyTlb argument = new KvmDirtyTlb(bitmapAddress, bitmap.weight());
        return new DirtyTlbRequest(argument, bitmap.toBytes());
    }

    /** Clears every mark, once the kernel has taken a request. */
    public void clear() {
        bitmap.clearAll();
    }

    /** An entry array that marks every entry written through it as changed. */
    public EntryArray tracking(EntryArray array) {
        Objects.requireNonNull(array, "array");
        if (array.entryCount() < bitmap.entryCount()) {
            throw new IllegalArgumentException("the array holds " + array.entryCount()
                    + " entries, the tracker " + bitmap.entryCount());
        }
        return new TrackingEntryArray(array, this);
    }
}
