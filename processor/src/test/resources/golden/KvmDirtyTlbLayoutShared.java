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
 * {@link X86_64}, {@link AARCH64}.
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
     * @throws IllegalArgumentException if {@code abi} is not one of X86_64, AARCH64
     */
    static KvmDirtyTlbLayout of(Abi abi) {
        return switch (abi) {
            case X86_64 -> X86_64.INSTANCE;
            case AARCH64 -> AARCH64.INSTANCE;
            default -> throw new IllegalArgumentException(
                    "struct kvm_dirty_tlb is not laid out for " + abi
                    + "; its ABIs are X86_64, AARCH64");
        };
    }

    @Override
    default String cName() {
        return "kvm_dirty_tlb";
    }

    @Override
    default String compatReport() {
        return "struct kvm_dirty_tlb: 32/64-bit compat\n"
                        + "    no compat pair: it does not select both ABIs of any\n";
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
     * Its accessors are those of {@link X86_64_Impl}, the same code on X86_64, AARCH64.
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
    final class X86_64 extends X86_64_Impl {
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
    }

    /**
     * Binds {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}) under {@link Abi#AARCH64}, little-endian.
     * Its accessors are those of {@link X86_64_Impl}, the same code on X86_64, AARCH64.
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
    final class AARCH64 extends X86_64_Impl {
        public static final int SIZE = 16;

        public static final int ALIGNMENT = 8;

        public static final int OFFSET_BITMAP = 0;

        public static final int OFFSET_NUM_DIRTY = 8;

        /**
         * {@code KVM_DIRTY_TLB} on AARCH64:
         * {@code _IOW(0xAE, 0xaa, struct kvm_dirty_tlb)}.
         * An unsigned 32-bit number; read it with {@link Integer#toUnsignedLong(int)}.
         */
        public static final int KVM_DIRTY_TLB = 0x4010aeaa;

        /**
         * The only instance.
         */
        public static final AARCH64 INSTANCE = new AARCH64();

        private static final String LAYOUT = "struct kvm_dirty_tlb {\n"
                + "    uint64_t bitmap;    /*     0     8 */\n"
                + "    uint32_t num_dirty; /*     8     4 */\n"
                + "\n"
                + "    /* size: 16, align: 8, members: 2, holes: 0, sum holes: 0 */\n"
                + "    /* padding: 4 */\n"
                + "};\n";

        private AARCH64() {
        }

        @Override
        public Abi abi() {
            return Abi.AARCH64;
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
    }

    /**
     * The accessors of {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}) on X86_64, AARCH64,
     * whose members lie at the same offsets with the same sizes in little-endian order: the code their
     * classes share, not a layout of its own.
     */
    abstract class X86_64_Impl implements KvmDirtyTlbLayout {
        private static final int SIZE = 16;

        private static final int OFFSET_BITMAP = 0;

        private static final int OFFSET_NUM_DIRTY = 8;

        private static final Map<String, Integer> OFFSETS = offsetTable();

        private static final VarHandle INT_LE = MethodHandles.byteBufferViewVarHandle(int[].class,
                ByteOrder.LITTLE_ENDIAN);

        private static final VarHandle LONG_LE = MethodHandles.byteBufferViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);

        private X86_64_Impl() {
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
}
