package org.abistruct.examples.e500;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;

/**
 * An {@link EntryArray} over a {@link ByteBuffer} through the generated accessors of one ABI's
 * {@code kvm_book3e_206_tlb_entry}: entry {@code i} starts at {@code layout.elementOffset(base, i)}.
 */
public final class BufferEntryArray implements EntryArray {

    private final ByteBuffer buffer;
    private final int base;
    private final int count;
    private final KvmBook3e206TlbEntryLayout layout;

    /**
     * @param buffer the memory
     * @param base where entry 0 starts in {@code buffer}
     * @param count entries the array holds; they must all lie inside the buffer's limit
     * @param layout the generated layout of one entry under the ABI of whoever accesses it
     */
    public BufferEntryArray(ByteBuffer buffer, int base, int count, KvmBook3e206TlbEntryLayout layout) {
        this.buffer = Objects.requireNonNull(buffer, "buffer");
        this.layout = Objects.requireNonNull(layout, "layout");
        if (base < 0 || count < 0) {
            throw new IllegalArgumentException("base and count must not be negative");
        }
        long end = base + (long) count * layout.size();
        if (end > buffer.limit()) {
            throw new IllegalArgumentException(count + " entries of " + layout.size()
                    + " bytes from " + base + " exceed the buffer's " + buffer.limit() + " bytes");
        }
        this.base = base;
        this.count = count;
    }

    /** The layout the entries are read and written with. */
    public KvmBook3e206TlbEntryLayout layout() {
        return layout;
    }

    @Override
    public int entryCount() {
        return count;
    }

    @Override
    public int mas8(int index) {
        return layout.getMas8(buffer, at(index));
    }

    @Override
    public int mas1(int index) {
        return layout.getMas1(buffer, at(index));
    }

    @Override
    public long mas2(int index) {
        return layout.getMas2(buffer, at(index));
    }

    @Override
    public long mas73(int index) {
        return layout.getMas73(buffer, at(index));
    }

    @Override
    public void setMas8(int index, int value) {
        layout.setMas8(buffer, at(index), value);
    }

    @Override
    public void setMas1(int index, int value) {
        layout.setMas1(buffer, at(index), value);
    }

    @Override
    public void setMas2(int index, long value) {
        layout.setMas2(buffer, at(index), value);
    }

    @Override
    public void setMas73(int index, long value) {
        layout.setMas73(buffer, at(index), value);
    }

    @Override
    public KvmBook3e206TlbEntry read(int index) {
        return layout.read(buffer, at(index));
    }

    @Override
    public void write(int index, KvmBook3e206TlbEntry entry) {
        layout.write(buffer, at(index), entry);
    }

    private int at(int index) {
        return layout.elementOffset(base, Objects.checkIndex(index, count));
    }
}
