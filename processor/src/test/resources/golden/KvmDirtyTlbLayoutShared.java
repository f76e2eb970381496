package p;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.runtime.BufferAccess;
import org.abistruct.runtime.LayoutText;
import org.abistruct.runtime.Layouts;
import org.abistruct.runtime.MemberOffsets;
import org.abistruct.runtime.PaddingBytes;

/**
 * The layouts of {@code struct kvm_dirty_tlb} ({@link KvmDirtyTlb}), as {@link AbiLayout} says; each one's
 * {@link #describe()} shows it in pahole style.
 * <ul>
 * <li>X86_64, AARCH64 (little-endian): 16 bytes, aligned to 8</li>
 * </ul>
 *
 * <p>Its components also hold {@code kvmDirtyTlb}, the number of {@code KVM_DIRTY_TLB} under
 * it: {@code _IOW(0xAE, 0xaa, struct kvm_dirty_tlb)}, an unsigned 32-bit number (read it with
 * {@link Integer#toUnsignedLong(int)}).
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
public record KvmDirtyTlbLayout(Abi abi, int size, int alignment, boolean bigEndian,
        String describe, PaddingBytes padding, int bitmapOffset, int numDirtyOffset,
        int kvmDirtyTlb) implements AbiLayout {
    private static final String[] LINES = {"uint64_t bitmap;", "uint32_t num_dirty;"};
    public static final KvmDirtyTlbLayout X86_64 = new KvmDirtyTlbLayout(Abi.X86_64, 16, 8, false,
            LayoutText.of("struct kvm_dirty_tlb", 2, LINES, 16, 8, 4, "0 8, 8 4"),
            PaddingBytes.of(12, 4), 0, 8, 0x4010aeaa);
    public static final KvmDirtyTlbLayout AARCH64 = X86_64.like(Abi.AARCH64);
    private static final KvmDirtyTlbLayout[] LAYOUTS = {X86_64, AARCH64};
    private static final List<String> MEMBERS = List.of("bitmap", "num_dirty");
    private static final String COMPAT_REPORT = """
            struct kvm_dirty_tlb: 32/64-bit compat
                no compat pair: it does not select both ABIs of any
            """;

    /** This layout's numbers under {@code abi}. */
    private KvmDirtyTlbLayout like(Abi abi) {
        return new KvmDirtyTlbLayout(abi, size, alignment, Layouts.bigEndian(abi), describe,
                padding, bitmapOffset, numDirtyOffset, kvmDirtyTlb);
    }

    /** The layout under {@code abi}, one of the constants. */
    public static KvmDirtyTlbLayout of(Abi abi) {
        return Layouts.of(LAYOUTS, abi, "struct kvm_dirty_tlb");
    }

    @Override
    public String cName() {
        return "kvm_dirty_tlb";
    }

    @Override
    public String compatReport() {
        return COMPAT_REPORT;
    }

    @Override
    public Map<String, Integer> offsets() {
        return MemberOffsets.of(MEMBERS, bitmapOffset, numDirtyOffset);
    }

    @Override
    public String toString() {
        return "struct kvm_dirty_tlb on " + abi;
    }

    /** Reads {@code uint64_t bitmap}. */
    public long getBitmap(ByteBuffer buf, int offset) {
        return BufferAccess.getLong(buf, offset, size, bitmapOffset, bigEndian);
    }

    /** Writes {@code uint64_t bitmap}. */
    public void setBitmap(ByteBuffer buf, int offset, long v) {
        BufferAccess.setLong(buf, offset, size, bitmapOffset, bigEndian, v);
    }

    /** Reads {@code uint32_t num_dirty}. */
    public int getNumDirty(ByteBuffer buf, int offset) {
        return BufferAccess.getInt(buf, offset, size, numDirtyOffset, bigEndian);
    }

    /** Writes {@code uint32_t num_dirty}. */
    public void setNumDirty(ByteBuffer buf, int offset, int v) {
        BufferAccess.setInt(buf, offset, size, numDirtyOffset, bigEndian, v);
    }

    /** Reads the struct at {@code offset} into a new record. */
    public KvmDirtyTlb read(ByteBuffer buf, int offset) {
        BufferAccess.check(buf, offset, size, 8);
        return new KvmDirtyTlb(getBitmap(buf, offset), getNumDirty(buf, offset));
    }

    /** Writes every member of {@code value} and zeroes every padding byte. */
    public void write(ByteBuffer buf, int offset, KvmDirtyTlb value) {
        padding.zero(buf, BufferAccess.check(buf, offset, size, 8));
        setBitmap(buf, offset, value.bitmap());
        setNumDirty(buf, offset, value.numDirty());
    }
}
