package org.abistruct.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnakeCaseTest {
    @ParameterizedTest
    @CsvSource({
        "KvmDirtyTlb, kvm_dirty_tlb",
        "KvmBook3e206TlbEntry, kvm_book3e_206_tlb_entry",
        "TLBEntry, tlb_entry",
        "KvmTLBEntry, kvm_tlb_entry",
        "numDirty, num_dirty",
        "mmuType, mmu_type",
        "x, x",
        "ABC, abc",
        "reserved2, reserved_2",
        "pad12Bytes, pad_12_bytes",
        "mas7_3, mas7_3",
        "num_dirty, num_dirty",
        "Already_Snake, already_snake",
        "V4l2Buffer, v4l_2_buffer",
        "mas8, mas_8",
    })
    void convertsJavaNamesToCNames(String java, String c) {
        assertEquals(c, SnakeCase.of(java));
    }
}
