package org.abistruct.examples.e500;

import org.abistruct.AbiLayout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmBook3e206TlbParamsLayout;
import org.abistruct.examples.kvm.KvmConfigTlbLayout;
import org.abistruct.examples.kvm.KvmDirtyTlbLayout;
import org.abistruct.examples.kvm.KvmEnableCapLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shape tables against the generated layouts and the reference facts (GCC 12 sizes and
 * offsets for x86_64, ppc32, ppc64, i386 and m68k), and the boundary built on them.
 */
class ShapesTest {

    private static final List<Abi> REFERENCE_ABIS =
            List.of(Abi.X86_64, Abi.PPC32, Abi.PPC64, Abi.I386, Abi.M68K);

    @ParameterizedTest
    @EnumSource(Abi.class)
    void offsetsAreWhereTheGeneratedAccessorsWrite(Abi abi) {
        ByteBuffer buf = ByteBuffer.allocate(256);
        KvmDirtyTlbLayout dirty = KvmDirtyTlbLayout.of(abi);
        dirty.setNumDirty(buf, 0, 0x0102_0304);
        assertEquals(0x0102_0304, rawInt(buf, abi, StructShape.of(KvmDirtyTlbLayout.of(abi)).offsets().get("num_dirty")));
        KvmConfigTlbLayout config = KvmConfigTlbLayout.of(abi);
        config.setArrayLen(buf, 32, 0x0506_0708);
        assertEquals(0x0506_0708, rawInt(buf, abi, 32 + StructShape.of(KvmConfigTlbLayout.of(abi)).offsets().get("array_len")));
        KvmBook3e206TlbEntryLayout entry = KvmBook3e206TlbEntryLayout.of(abi);
        entry.setMas1(buf, 64, 0x1112_1314);
        assertEquals(0x1112_1314, rawInt(buf, abi, 64 + StructShape.of(KvmBook3e206TlbEntryLayout.of(abi)).offsets().get("mas1")));
        KvmEnableCapLayout cap = KvmEnableCapLayout.of(abi);
        cap.setFlags(buf, 128, 0x2122_2324);
        assertEquals(0x2122_2324, rawInt(buf, abi, 128 + StructShape.of(KvmEnableCapLayout.of(abi)).offsets().get("flags")));
    }

    @Test
    void referenceSizesAndOffsets() {
        for (Abi abi : REFERENCE_ABIS) {
            int dirtySize = abi == Abi.I386 || abi == Abi.M68K ? 12 : 16;
            assertEquals(dirtySize, StructShape.of(KvmDirtyTlbLayout.of(abi)).size(), abi.name());
            assertEquals(Map.of("bitmap", 0, "num_dirty", 8), StructShape.of(KvmDirtyTlbLayout.of(abi)).offsets());
            assertEquals(24, StructShape.of(KvmConfigTlbLayout.of(abi)).size());
            assertEquals(Map.of("params", 0, "array", 8, "mmu_type", 16, "array_len", 20),
                    StructShape.of(KvmConfigTlbLayout.of(abi)).offsets());
            assertEquals(104, StructShape.of(KvmEnableCapLayout.of(abi)).size());
            assertEquals(Map.of("cap", 0, "flags", 4, "args", 8, "pad", 40), StructShape.of(KvmEnableCapLayout.of(abi)).offsets());
            assertEquals(24, StructShape.of(KvmBook3e206TlbEntryLayout.of(abi)).size());
            assertEquals(Map.of("mas8", 0, "mas1", 4, "mas2", 8, "mas7_3", 16), StructShape.of(KvmBook3e206TlbEntryLayout.of(abi)).offsets());
            assertEquals(64, StructShape.of(KvmBook3e206TlbParamsLayout.of(abi)).size());
            assertEquals(Map.of("tlb_sizes", 0, "tlb_ways", 16, "reserved", 32), StructShape.of(KvmBook3e206TlbParamsLayout.of(abi)).offsets());
        }
    }

    @Test
    void ppc32AndPpc64AgreeOnEveryStruct() {
        AbiBoundary boundary = new AbiBoundary(Abi.PPC32, Abi.PPC64);
        for (Function<Abi, ? extends AbiLayout> struct : allStructs()) {
            assertTrue(boundary.agrees(struct), struct.apply(Abi.PPC32).cName());
            boundary.require(struct);
        }
    }

    @Test
    void i386AndX86_64DisagreeOnlyOnKvmDirtyTlbAndOnlyInSize() {
        AbiBoundary boundary = new AbiBoundary(Abi.I386, Abi.X86_64);
        assertTrue(boundary.agrees(KvmEnableCapLayout::of));
        assertTrue(boundary.agrees(KvmConfigTlbLayout::of));
        assertTrue(boundary.agrees(KvmBook3e206TlbParamsLayout::of));
        assertTrue(boundary.agrees(KvmBook3e206TlbEntryLayout::of));
        assertFalse(boundary.agrees(KvmDirtyTlbLayout::of));
        AbiMismatchException e = assertThrows(AbiMismatchException.class,
                () -> boundary.require(KvmDirtyTlbLayout::of));
        assertEquals("struct kvm_dirty_tlb is 12 bytes under I386 (user space) but 16 bytes under X86_64"
                + " (kernel): refusing to read it as X86_64, the call needs a compat handler", e.getMessage());
        assertEquals(12, e.caller().size());
        assertEquals(16, e.kernel().size());
    }

    @Test
    void aByteOrderDifferenceIsAMismatchTooEvenAtEqualSizes() {
        AbiMismatchException e = assertThrows(AbiMismatchException.class,
                () -> new AbiBoundary(Abi.PPC32, Abi.X86_64).require(KvmDirtyTlbLayout::of));
        assertTrue(e.getMessage().startsWith("struct kvm_dirty_tlb is 16 bytes under both PPC32 (user space)"
                + " and X86_64 (kernel); PPC32 is BIG_ENDIAN but X86_64 is LITTLE_ENDIAN"), e.getMessage());
    }

    static List<Function<Abi, ? extends AbiLayout>> allStructs() {
        return List.of(KvmEnableCapLayout::of, KvmConfigTlbLayout::of, KvmDirtyTlbLayout::of,
                KvmBook3e206TlbParamsLayout::of, KvmBook3e206TlbEntryLayout::of);
    }

    private static int rawInt(ByteBuffer buf, Abi abi, int offset) {
        return buf.duplicate().order(abi.byteOrder()).getInt(offset);
    }
}
