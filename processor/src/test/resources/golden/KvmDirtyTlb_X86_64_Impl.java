package p;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The accessors of {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}) on X86_64, AARCH64,
 * whose members lie at the same offsets with the same sizes in little-endian order.
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
abstract class KvmDirtyTlb_X86_64_Impl implements KvmDirtyTlbLayout {
    private static final int SIZE = 16;

    private static final int OFFSET_BITMAP = 0;

    private static final int OFFSET_NUM_DIRTY = 8;

    private static final Map<String, Integer> OFFSETS = offsetTable();

    private static final VarHandle INT_LE = MethodHandles.byteBufferViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    private static final VarHandle LONG_LE = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    @Override
    public int size() {
        return SIZE;
    }

    private static Map<String, Integer> offsetTable() {
        Map<String, Integer> offsets = new LinkedHashMap<>();
        offsets.put("bitmap", OFFSET_BITMAP);
        offsets.put("num_dirty", OFFSET_NUM_DIRTY);
        return Collections.unmodifiableMap(offsets);
    }

    @Override
    public Map<String, Integer> offsets() {
        return OFFSETS;
    }

    @Override
    public long getBitmap(ByteBuffer buf, int offset) {
        Objects.checkIndex(offset, buf.limit() - SIZE + 1);
        return (long) LONG_LE.get(buf, offset + OFFSET_BITMAP);
    }

    @Override
    public void setBitmap(ByteBuffer buf, int offset, long v) {
        Objects.checkIndex(offset, buf.limit() - SIZE + 1);
        LONG_LE.set(buf, offset + OFFSET_BITMAP, v);
    }

    @Override
    public int getNumDirty(ByteBuffer buf, int offset) {
        Objects.checkIndex(offset, buf.limit() - SIZE + 1);
        return (int) INT_LE.get(buf, offset + OFFSET_NUM_DIRTY);
    }

    @Override
    public void setNumDirty(ByteBuffer buf, int offset, int v) {
        Objects.checkIndex(offset, buf.limit() - SIZE + 1);
        INT_LE.set(buf, offset + OFFSET_NUM_DIRTY, v);
    }

    @Override
    public KvmDirtyTlb read(ByteBuffer buf, int offset) {
        Objects.checkIndex(offset, buf.limit() - SIZE + 1);
        return new KvmDirtyTlb(
                getBitmap(buf, offset),
                getNumDirty(buf, offset));
    }

    @Override
    public void write(ByteBuffer buf, int offset, KvmDirtyTlb value) {
        Objects.checkIndex(offset, buf.limit() - SIZE + 1);
        // tail padding: 4 bytes after num_dirty
        zero(buf, offset + 12, 4);
        setBitmap(buf, offset, value.bitmap());
        setNumDirty(buf, offset, value.numDirty());
    }

    @Override
    public int elementOffset(int arrayOffset, int index) {
        if (index < 0) {
            throw new IndexOutOfBoundsException("negative index " + index);
        }
        return Math.addExact(arrayOffset, Math.multiplyExact(index, SIZE));
    }

    /**
     * Sets {@code count} bytes from {@code index} to zero.
     */
    private static void zero(ByteBuffer buf, int index, int count) {
        for (int end = index + count; index < end; index++) {
            buf.put(index, (byte) 0);
        }
    }
}
