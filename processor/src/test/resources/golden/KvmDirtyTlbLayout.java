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
import org.abistruct.AbiLayout;

/**
 * The layouts of {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}), one class per ABI:
 * {@link X86_64}, {@link I386}, {@link PPC32}.
 *
 * <p>Every accessor takes the buffer and the {@code offset} at which the struct starts in it,
 * and reads or writes in the ABI's byte order whatever the buffer's order; it never
 * moves the buffer's position. A buffer whose limit is below {@code offset + size()}
 * throws {@link IndexOutOfBoundsException} before any byte is touched.
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
public interface KvmDirtyTlbLayout extends AbiLayout {
    /**
     * The layout under {@code abi}.
     *
     * @throws IllegalArgumentException if {@code abi} is not one of X86_64, I386, PPC32
     */
    static KvmDirtyTlbLayout of(Abi abi) {
        return switch (abi) {
            case X86_64 -> X86_64.INSTANCE;
            case I386 -> I386.INSTANCE;
            case PPC32 -> PPC32.INSTANCE;
            default -> throw new IllegalArgumentException(
                    "struct kvm_dirty_tlb is not laid out for " + abi
                    + "; its ABIs are X86_64, I386, PPC32");
        };
    }

    @Override
    default String cName() {
        return "kvm_dirty_tlb";
    }

    @Override
    default String compatReport() {
        return "struct kvm_dirty_tlb: 32/64-bit compat\n"
                        + "    I386 -> X86_64: differs, size 12 vs 16, 4 bytes of tail padding at 12 on X86_64 only; converted by KvmDirtyTlbCompat.i386ToX86_64/x86_64ToI386, C struct compat_kvm_dirty_tlb\n";
    }

    /**
     * Reads {@code uint64_t bitmap}.
     */
    long getBitmap(ByteBuffer buf, int offset);

    /**
     * Writes {@code uint64_t bitmap}.
     */
    void setBitmap(ByteBuffer buf, int offset, long v);

    /**
     * Reads {@code uint32_t num_dirty}.
     */
    int getNumDirty(ByteBuffer buf, int offset);

    /**
     * Writes {@code uint32_t num_dirty}.
     */
    void setNumDirty(ByteBuffer buf, int offset, int v);

    /**
     * Reads the struct at {@code offset} into a new record.
     */
    KvmDirtyTlb read(ByteBuffer buf, int offset);

    /**
     * Writes every member of {@code value} and zeroes every padding byte.
     * Members are written in order: one that is rejected leaves those before it written.
     */
    void write(ByteBuffer buf, int offset, KvmDirtyTlb value);

    /**
     * Where element {@code index} of an array of this struct starting at
     * {@code arrayOffset} begins.
     *
     * @throws IndexOutOfBoundsException if {@code index} is negative
     * @throws ArithmeticException if the offset overflows an {@code int}
     */
    int elementOffset(int arrayOffset, int index);

    /**
     * The number of {@code KVM_DIRTY_TLB} on this ABI, the constant of that name:
     * {@code _IOW(0xAE, 0xaa, struct kvm_dirty_tlb)}.
     * An unsigned 32-bit number; read it with {@link Integer#toUnsignedLong(int)}.
     */
    int kvmDirtyTlb();

    /**
     * Binds {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}) under {@link Abi#X86_64}, little-endian.
     *
     * <p>{@code SIZE} is {@code sizeof(struct kvm_dirty_tlb)}, {@code ALIGNMENT} its {@code _Alignof},
     * and each {@code OFFSET_} constant the offset of its member, as below.
     *
     * <pre>
     * struct kvm_dirty_tlb {
     *     uint64_t bitmap;    /*     0     8 *&#47;
     *     uint32_t num_dirty; /*     8     4 *&#47;
     *
     *     /* size: 16, align: 8, members: 2, holes: 0, sum holes: 0 *&#47;
     *     /* padding: 4 *&#47;
     * };
     * </pre>
     */
    final class X86_64 implements KvmDirtyTlbLayout {
        public static final int SIZE = 16;

        public static final int ALIGNMENT = 8;

        public static final int OFFSET_BITMAP = 0;

        public static final int OFFSET_NUM_DIRTY = 8;

        /**
         * {@code KVM_DIRTY_TLB} on X86_64:
         * {@code _IOW(0xAE, 0xaa, struct kvm_dirty_tlb)}.
         * An unsigned 32-bit number; read it with {@link Integer#toUnsignedLong(int)}.
         */
        public static final int KVM_DIRTY_TLB = 0x4010aeaa;

        /**
         * The only instance.
         */
        public static final X86_64 INSTANCE = new X86_64();

        private static final String LAYOUT = "struct kvm_dirty_tlb {\n"
                + "    uint64_t bitmap;    /*     0     8 */\n"
                + "    uint32_t num_dirty; /*     8     4 */\n"
                + "\n"
                + "    /* size: 16, align: 8, members: 2, holes: 0, sum holes: 0 */\n"
                + "    /* padding: 4 */\n"
                + "};\n";

        private static final Map<String, Integer> OFFSETS = offsetTable();

        private static final VarHandle INT_LE = MethodHandles.byteBufferViewVarHandle(int[].class,
                ByteOrder.LITTLE_ENDIAN);

        private static final VarHandle LONG_LE = MethodHandles.byteBufferViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);

        private X86_64() {
        }

        @Override
        public Abi abi() {
            return Abi.X86_64;
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
    final class I386 implements KvmDirtyTlbLayout {
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
        public static final I386 INSTANCE = new I386();

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

        private I386() {
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

    /**
     * Binds {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}) under {@link Abi#PPC32}, big-endian.
     *
     * <p>{@code SIZE} is {@code sizeof(struct kvm_dirty_tlb)}, {@code ALIGNMENT} its {@code _Alignof},
     * and each {@code OFFSET_} constant the offset of its member, as below.
     *
     * <pre>
     * struct kvm_dirty_tlb {
     *     uint64_t bitmap;    /*     0     8 *&#47;
     *     uint32_t num_dirty; /*     8     4 *&#47;
     *
     *     /* size: 16, align: 8, members: 2, holes: 0, sum holes: 0 *&#47;
     *     /* padding: 4 *&#47;
     * };
     * </pre>
     */
    final class PPC32 implements KvmDirtyTlbLayout {
        public static final int SIZE = 16;

        public static final int ALIGNMENT = 8;

        public static final int OFFSET_BITMAP = 0;

        public static final int OFFSET_NUM_DIRTY = 8;

        /**
         * {@code KVM_DIRTY_TLB} on PPC32:
         * {@code _IOW(0xAE, 0xaa, struct kvm_dirty_tlb)}.
         * An unsigned 32-bit number; read it with {@link Integer#toUnsignedLong(int)}.
         */
        public static final int KVM_DIRTY_TLB = 0x8010aeaa;

        /**
         * The only instance.
         */
        public static final PPC32 INSTANCE = new PPC32();

        private static final String LAYOUT = "struct kvm_dirty_tlb {\n"
                + "    uint64_t bitmap;    /*     0     8 */\n"
                + "    uint32_t num_dirty; /*     8     4 */\n"
                + "\n"
                + "    /* size: 16, align: 8, members: 2, holes: 0, sum holes: 0 */\n"
                + "    /* padding: 4 */\n"
                + "};\n";

        private static final Map<String, Integer> OFFSETS = offsetTable();

        private static final VarHandle INT_BE = MethodHandles.byteBufferViewVarHandle(int[].class,
                ByteOrder.BIG_ENDIAN);

        private static final VarHandle LONG_BE = MethodHandles.byteBufferViewVarHandle(long[].class,
                ByteOrder.BIG_ENDIAN);

        private PPC32() {
        }

        @Override
        public Abi abi() {
            return Abi.PPC32;
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
            return (long) LONG_BE.get(buf, offset + OFFSET_BITMAP);
        }

        @Override
        public void setBitmap(ByteBuffer buf, int offset, long v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            LONG_BE.set(buf, offset + OFFSET_BITMAP, v);
        }

        @Override
        public int getNumDirty(ByteBuffer buf, int offset) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            return (int) INT_BE.get(buf, offset + OFFSET_NUM_DIRTY);
        }

        @Override
        public void setNumDirty(ByteBuffer buf, int offset, int v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            INT_BE.set(buf, offset + OFFSET_NUM_DIRTY, v);
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
}
