package org.abistruct.examples.e500;

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
    void everyRowIsWiredToTheLayoutOfItsOwnAbi(Abi abi) {
        assertRow(ArgumentShapes.enableCap(abi), abi, KvmEnableCapLayout.of(abi).size(), "kvm_enable_cap");
        assertRow(ArgumentShapes.configTlb(abi), abi, KvmConfigTlbLayout.of(abi).size(), "kvm_config_tlb");
        assertRow(ArgumentShapes.dirtyTlb(abi), abi, KvmDirtyTlbLayout.of(abi).size(), "kvm_dirty_tlb");
        assertRow(SharedShapes.tlbParams(abi), abi, KvmBook3e206TlbParamsLayout.of(abi).size(),
                "kvm_book3e_206_tlb_params");
        assertRow(SharedShapes.tlbEntry(abi), abi, KvmBook3e206TlbEntryLayout.of(abi).size(),
                "kvm_book3e_206_tlb_entry");
    }

    @ParameterizedTest
    @EnumSource(Abi.class)
    void offsetsAreWhereTheGeneratedAccessorsWrite(Abi abi) {
        ByteBuffer buf = ByteBuffer.allocate(256);
        KvmDirtyTlbLayout dirty = KvmDirtyTlbLayout.of(abi);
        dirty.setNumDirty(buf, 0, 0x0102_0304);
        assertEquals(0x0102_0304, rawInt(buf, abi, ArgumentShapes.dirtyTlb(abi).offsets().get("num_dirty")));
        KvmConfigTlbLayout config = KvmConfigTlbLayout.of(abi);
        config.setArrayLen(buf, 32, 0x0506_0708);
        assertEquals(0x0506_0708, rawInt(buf, abi, 32 + ArgumentShapes.configTlb(abi).offsets().get("array_len")));
        KvmBook3e206TlbEntryLayout entry = KvmBook3e206TlbEntryLayout.of(abi);
        entry.setMas1(buf, 64, 0x1112_1314);
        assertEquals(0x1112_1314, rawInt(buf, abi, 64 + SharedShapes.tlbEntry(abi).offsets().get("mas1")));
        KvmEnableCapLayout cap = KvmEnableCapLayout.of(abi);
        cap.setFlags(buf, 128, 0x2122_2324);
        assertEquals(0x2122_2324, rawInt(buf, abi, 128 + ArgumentShapes.enableCap(abi).offsets().get("flags")));
    }

    @Test
    void referenceSizesAndOffsets() {
        for (Abi abi : REFERENCE_ABIS) {
            int dirtySize = abi == Abi.I386 || abi == Abi.M68K ? 12 : 16;
            assertEquals(dirtySize, ArgumentShapes.dirtyTlb(abi).size(), abi.name());
            assertEquals(Map.of("bitmap", 0, "num_dirty", 8), ArgumentShapes.dirtyTlb(abi).offsets());
            assertEquals(24, ArgumentShapes.configTlb(abi).size());
            assertEquals(Map.of("params", 0, "array", 8, "mmu_type", 16, "array_len", 20),
                    ArgumentShapes.configTlb(abi).offsets());
            assertEquals(104, ArgumentShapes.enableCap(abi).size());
            assertEquals(Map.of("cap", 0, "flags", 4, "args", 8, "pad", 40), ArgumentShapes.enableCap(abi).offsets());
            assertEquals(24, SharedShapes.tlbEntry(abi).size());
            assertEquals(Map.of("mas8", 0, "mas1", 4, "mas2", 8, "mas7_3", 16), SharedShapes.tlbEntry(abi).offsets());
            assertEquals(64, SharedShapes.tlbParams(abi).size());
            assertEquals(Map.of("tlb_sizes", 0, "tlb_ways", 16, "reserved", 32), SharedShapes.tlbParams(abi).offsets());
        }
    }

    @Test
    void ppc32AndPpc64AgreeOnEveryStruct() {
        AbiBoundary boundary = new AbiBoundary(Abi.PPC32, Abi.PPC64);
        for (Function<Abi, StructShape> struct : allStructs()) {
            assertTrue(boundary.agrees(struct), struct.apply(Abi.PPC32).cName());
            boundary.require(struct);
        }
    }

    @Test
    void i386AndX86_64DisagreeOnlyOnKvmDirtyTlbAndOnlyInSize() {
        AbiBoundary boundary = new AbiBoundary(Abi.I386, Abi.X86_64);
        assertTrue(boundary.agrees(ArgumentShapes::enableCap));
        assertTrue(boundary.agrees(ArgumentShapes::configTlb));
        assertTrue(boundary.agrees(SharedShapes::tlbParams));
        assertTrue(boundary.agrees(SharedShapes::tlbEntry));
        assertFalse(boundary.agrees(ArgumentShapes::dirtyTlb));
        AbiMismatchException e = assertThrows(AbiMismatchException.class,
                () -> boundary.require(ArgumentShapes::dirtyTlb));
        assertEquals("struct kvm_dirty_tlb is 12 bytes under I386 (user space) but 16 bytes under X86_64"
                + " (kernel): refusing to read it as X86_64, the call needs a compat handler", e.getMessage());
        assertEquals(12, e.caller().size());
        assertEquals(16, e.kernel().size());
    }

    @Test
    void aByteOrderDifferenceIsAMismatchTooEvenAtEqualSizes() {
        AbiMismatchException e = assertThrows(AbiMismatchException.class,
                () -> new AbiBoundary(Abi.PPC32, Abi.X86_64).require(ArgumentShapes::dirtyTlb));
        assertTrue(e.getMessage().startsWith("struct kvm_dirty_tlb is 16 bytes under both PPC32 (user space)"
                + " and X86_64 (kernel); PPC32 is BIG_ENDIAN but X86_64 is LITTLE_ENDIAN"), e.getMessage());
    }

    static List<Function<Abi, StructShape>> allStructs() {
        return List.of(ArgumentShapes::enableCap, ArgumentShapes::configTlb, ArgumentShapes::dirtyTlb,
                SharedShapes::tlbParams, SharedShapes::tlbEntry);
    }

    private static void assertRow(StructShape shape, Abi abi, int size, String cName) {
        assertEquals(abi, shape.abi(), cName);
        assertEquals(size, shape.size(), cName + " under " + abi);
        assertEquals(cName, shape.cName());
    }

    private static int rawInt(ByteBuffer buf, Abi abi, int offset) {
        return buf.duplicate().order(abi.byteOrder()).getInt(offset);
    }
}
