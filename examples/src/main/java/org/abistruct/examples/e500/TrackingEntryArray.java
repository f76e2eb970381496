package org.abistruct.examples.e500;

/**
 * An {@link EntryArray} that forwards to another and reports every write to a tracker, marking
 * before writing so that an entry the tracker does not cover is refused untouched.
 */
final class TrackingEntryArray implements EntryArray {

    private final EntryArray target;
    private final DirtyTracker tracker;

    TrackingEntryArray(EntryArray target, DirtyTracker tracker) {
        this.target = target;
        this.tracker = tracker;
    }

    @Override
    public int entryCount() {
        return tracker.entryCount();
    }

    @Override
    public int mas8(int index) {
        return target.mas8(index);
    }

    @Override
    public int mas1(int index) {
        return target.mas1(index);
    }

    @Override
    public long mas2(int index) {
        return target.mas2(index);
    }

    @Override
    public long mas73(int index) {
        return target.mas73(index);
    }

    @Override
    public void setMas8(int index, int value) {
        tracker.markChanged(index);
        target.setMas8(index, value);
    }

    @Override
    public void setMas1(int index, int value) {
        tracker.markChanged(index);
        target.setMas1(index, value);
    }

    @Override
    public void setMas2(int index, long value) {
        tracker.markChanged(index);
        target.setMas2(index, value);
    }

    @Override
    public void setMas73(int index, long value) {
        tracker.markChanged(index);
        target.setMas73(index, value);
    }
}
