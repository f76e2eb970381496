package org.abistruct.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnakeCaseTest {
    @ParameterizedTest
    @CsvSource({
        "KvmDirtyTlb, kvm_dirty_tlb",
        "KvmBook3e206TlbEntry, kvm_book3e206_tlb_entry",
        "TLBEntry, tlb_entry",
        "KvmTLBEntry, kvm_tlb_entry",
        "numDirty, num_dirty",
        "mmuType, mmu_type",
        "x, x",
        "ABC, abc",
        "reserved2, reserved2",
        "pad12Bytes, pad12_bytes",
        "mas7_3, mas7_3",
        "num_dirty, num_dirty",
        "Already_Snake, already_snake",
        "V4l2Buffer, v4l2_buffer",
        "mas8, mas8",
        "tlb1Cfg, tlb1_cfg",
    })
    void convertsJavaNamesToCNames(String java, String c) {
        assertEquals(c, SnakeCase.of(java));
    }
}
