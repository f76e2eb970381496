package p;

import javax.annotation.processing.Generated;
import org.abistruct.Abi;

/**
 * Binds {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}) under {@link Abi#AARCH64}, little-endian.
 * Its accessors are those of {@code KvmDirtyTlb_X86_64_Impl}, the same code on X86_64, AARCH64.
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
@Generated("org.abistruct.processor.AbiStructProcessor")
public final class KvmDirtyTlb_AARCH64 extends KvmDirtyTlb_X86_64_Impl {
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
    public static final KvmDirtyTlb_AARCH64 INSTANCE = new KvmDirtyTlb_AARCH64();

    private static final String LAYOUT = "struct kvm_dirty_tlb {\n"
            + "    uint64_t bitmap;    /*     0     8 */\n"
            + "    uint32_t num_dirty; /*     8     4 */\n"
            + "\n"
            + "    /* size: 16, align: 8, members: 2, holes: 0, sum holes: 0 */\n"
            + "    /* padding: 4 */\n"
            + "};\n";

    private KvmDirtyTlb_AARCH64() {
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
