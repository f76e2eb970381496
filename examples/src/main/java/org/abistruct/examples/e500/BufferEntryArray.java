package org.abistruct.examples.e500;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * An {@link EntryArray} over a {@link ByteBuffer}, in the byte order of its {@link EntryLayout}
 * whatever the buffer's own order; the buffer's position, limit and order are never changed.
 */
public final class BufferEntryArray implements EntryArray {

    private static final VarHandle INT_BE =
            MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE =
            MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ByteBuffer buffer;
    private final int base;
    private final int count;
    private final EntryLayout layout;
    private final VarHandle ints;
    private final VarHandle longs;

    /**
     * @param buffer the memory
     * @param base where entry 0 starts in {@code buffer}
     * @param count entries the array holds; they must all lie inside the buffer's limit
     * @param layout size, offsets and byte order of one entry
     */
    public BufferEntryArray(ByteBuffer buffer, int base, int count, EntryLayout layout) {
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
        boolean big = layout.byteOrder() == ByteOrder.BIG_ENDIAN;
        this.ints = big ? INT_BE : INT_LE;
        this.longs = big ? LONG_BE : LONG_LE;
    }

    @Override
    public int entryCount() {
        return count;
    }

    @Override
    public int mas8(int index) {
        return (int) ints.get(buffer, at(index, layout.mas8Offset()));
    }

    @Override
    public int mas1(int index) {
        return (int) ints.get(buffer, at(index, layout.mas1Offset()));
    }

    @Override
    public long mas2(int index) {
        return (long) longs.get(buffer, at(index, layout.mas2Offset()));
    }

    @Override
    public long mas73(int index) {
        return (long) longs.get(buffer, at(index, layout.mas73Offset()));
    }

    @Override
    public void setMas8(int index, int value) {
        ints.set(buffer, at(index, layout.mas8Offset()), value);
    }

    @Override
    public void setMas1(int index, int value) {
        ints.set(buffer, at(index, layout.mas1Offset()), value);
    }

    @Override
    public void setMas2(int index, long value) {
        longs.set(buffer, at(index, layout.mas2Offset()), value);
    }

    @Override
    public void setMas73(int index, long value) {
        longs.set(buffer, at(index, layout.mas73Offset()), value);
    }

    private int at(int index, int fieldOffset) {
        Objects.checkIndex(index, count);
        return base + index * layout.size() + fieldOffset;
    }
}
