package p;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;

/**
 * The layouts of {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}), one class per ABI:
 * {@link KvmDirtyTlb_X86_64}, {@link KvmDirtyTlb_I386}, {@link KvmDirtyTlb_PPC32}.
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
            case X86_64 -> KvmDirtyTlb_X86_64.INSTANCE;
            case I386 -> KvmDirtyTlb_I386.INSTANCE;
            case PPC32 -> KvmDirtyTlb_PPC32.INSTANCE;
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
}
