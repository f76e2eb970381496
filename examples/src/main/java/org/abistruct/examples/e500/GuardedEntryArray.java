package org.abistruct.examples.e500;

/** User space's view of the shared array: every access is refused while the kernel owns it. */
final class GuardedEntryArray implements EntryArray {

    private final EntryArray target;
    private final ArrayOwnership ownership;

    GuardedEntryArray(EntryArray target, ArrayOwnership ownership) {
        this.target = target;
        this.ownership = ownership;
    }

    @Override
    public int entryCount() {
        return target.entryCount();
    }

    @Override
    public int mas8(int index) {
        ownership.requireUser("read mas8 of entry " + index);
        return target.mas8(index);
    }

    @Override
    public int mas1(int index) {
        ownership.requireUser("read mas1 of entry " + index);
        return target.mas1(index);
    }

    @Override
    public long mas2(int index) {
        ownership.requireUser("read mas2 of entry " + index);
        return target.mas2(index);
    }

    @Override
    public long mas73(int index) {
        ownership.requireUser("read mas7_3 of entry " + index);
        return target.mas73(index);
    }

    @Override
    public void setMas8(int index, int value) {
        ownership.requireUser("write mas8 of entry " + index);
        target.setMas8(index, value);
    }

    @Override
    public void setMas1(int index, int value) {
        ownership.requireUser("write mas1 of entry " + index);
        target.setMas1(index, value);
    }

    @Override
    public void setMas2(int index, long value) {
        ownership.requireUser("write mas2 of entry " + index);
        target.setMas2(index, value);
    }

    @Override
    public void setMas73(int index, long value) {
        ownership.requireUser("write mas7_3 of entry " + index);
        target.setMas73(index, value);
    }
}
