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
import org.abistruct.Abi;

/**
 * Binds {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}) under {@link Abi#I386}, little-endian.
 *
 * <p>{@code SIZE} is {@code sizeof(struct kvm_dirty_tlb)}, {@code ALIGNMENT} its {@code _Alignof},
 * and each {@code OFFSET_} constant the offset of its member, as below.
 *
 * <pre>
 * struct kvm_dirty_tlb {
 *     uint64_t bitmap;    /*     0     8 *&#47;
 *     uint32_t num_dirty; /*     8     4 *&#47;
 *
 *     /* size: 12, align: 4, members: 2, holes: 0, sum holes: 0 *&#47;
 * };
 * </pre>
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
public final class KvmDirtyTlb_I386 implements KvmDirtyTlbLayout {
    public static final int SIZE = 12;

    public static final int ALIGNMENT = 4;

    public static final int OFFSET_BITMAP = 0;

    public static final int OFFSET_NUM_DIRTY = 8;

    /**
     * {@code KVM_DIRTY_TLB} on I386:
     * {@code _IOW(0xAE, 0xaa, struct kvm_dirty_tlb)}.
     * An unsigned 32-bit number; read it with {@link Integer#toUnsignedLong(int)}.
     */
    public static final int KVM_DIRTY_TLB = 0x400caeaa;

    /**
     * The only instance.
     */
    public static final KvmDirtyTlb_I386 INSTANCE = new KvmDirtyTlb_I386();

    private static final String LAYOUT = "struct kvm_dirty_tlb {\n"
            + "    uint64_t bitmap;    /*     0     8 */\n"
            + "    uint32_t num_dirty; /*     8     4 */\n"
            + "\n"
            + "    /* size: 12, align: 4, members: 2, holes: 0, sum holes: 0 */\n"
            + "};\n";

    private static final Map<String, Integer> OFFSETS = offsetTable();

    private static final VarHandle INT_LE = MethodHandles.byteBufferViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    private static final VarHandle LONG_LE = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private KvmDirtyTlb_I386() {
    }

    @Override
    public Abi abi() {
        return Abi.I386;
    }

    @Override
    public int alignment() {
        return ALIGNMENT;
    }

    @Override
    public String describe() {
        return LAYOUT;
    }

    @Override
    public int kvmDirtyTlb() {
        return KVM_DIRTY_TLB;
    }

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
}
