package org.abistruct.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.importer.model.CMember;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.CType;
import org.abistruct.importer.model.Unit;
import org.junit.jupiter.api.Test;

/** readelf's text, as binutils 2.40 prints GCC 12's DWARF 5, read into the C model. */
class UnitReaderTest {
    private static final String INFO = """
            Contents of the .debug_info section:

              Compilation Unit @ offset 0:
               Length:        0x409b (32-bit)
               Version:       5
             <0><c>: Abbrev Number: 36 (DW_TAG_compile_unit)
                <12>   DW_AT_name        : (line_strp) (offset: 0): probe.c
             <1><7d>: Abbrev Number: 9 (DW_TAG_typedef)
                <7e>   DW_AT_name        : (strp) (offset: 0xf1c): __u32
                <82>   DW_AT_decl_file   : (data1) 1
                <85>   DW_AT_type        : (ref4) <0x89>, unsigned int
             <1><89>: Abbrev Number: 17 (DW_TAG_base_type)
                <8a>   DW_AT_byte_size   : (data1) 4
                <8b>   DW_AT_encoding    : (data1) 7\t(unsigned)
                <8c>   DW_AT_name        : (strp) (offset: 0x272): unsigned int
             <1><30b1>: Abbrev Number: 4 (DW_TAG_structure_type)
                <30b2>   DW_AT_name        : (strp) (offset: 0x1600): kvm_dirty_tlb
                <30b6>   DW_AT_byte_size   : (data1) 16
                <30b7>   DW_AT_decl_file   : (data1) 2
                <30b8>   DW_AT_decl_line   : (data2) 1327
             <2><30be>: Abbrev Number: 1 (DW_TAG_member)
                <30bf>   DW_AT_name        : (strp) (offset: 0x1b05): num_dirty
                <30c7>   DW_AT_type        : (ref4) <0x7d>, __u32, unsigned int
                <30cb>   DW_AT_data_member_location: (data1) 8
             <2><30cc>: Abbrev Number: 1 (DW_TAG_member)
                <30cd>   DW_AT_name        : (string) mask
                <30d5>   DW_AT_type        : (ref4) <0x7d>, __u32, unsigned int
                <30d6>   DW_AT_bit_size    : (data1) 3
                <30d7>   DW_AT_data_bit_offset: (data1) 101
             <2><30d8>: Abbrev Number: 1 (DW_TAG_member)
                <30d9>   DW_AT_name        : (string) entries
                <30da>   DW_AT_type        : (ref4) <0x30f0>
                <30db>   DW_AT_data_member_location: (data1) 16
             <2><30dc>: Abbrev Number: 0
             <1><30f0>: Abbrev Number: 6 (DW_TAG_array_type)
                <30f1>   DW_AT_type        : (ref4) <0x7d>, __u32, unsigned int
             <2><30f5>: Abbrev Number: 32 (DW_TAG_subrange_type)
                <30f6>   DW_AT_upper_bound : (data1) 15
             <2><30f7>: Abbrev Number: 32 (DW_TAG_subrange_type)
             <2><30f8>: Abbrev Number: 0
            """;

    private static final String LINES = """
             The Directory Table (offset 0x22, lines 3, columns 1):
              Entry\tName
              0\t(line_strp)\t(offset: 0x9): /tmp
              1\t(line_strp)\t(offset: 0xe): /usr/include/asm-generic
              2\t(line_strp)\t(offset: 0x27): /usr/include/linux

             The File Name Table (offset 0x38, lines 3, columns 2):
              Entry\tDir\tName
              0\t(udata)\t0\t(line_strp)\t(offset: 0x5c): probe.c
              1\t(udata)\t1\t(line_strp)\t(offset: 0x60): int-ll64.h
              2\t(udata)\t2\t(line_strp)\t(offset: 0x6b): kvm.h

             No Line Number Statements.
            """;

    @Test
    void readsStructsMembersBitfieldsAndArrays() {
        Unit unit = UnitReader.read(Abi.X86_64, DwarfText.parse(INFO), FileTable.parse(LINES, List.of()),
                Set.of("linux/kvm.h"), List.of());
        CStruct tlb = unit.tagged("struct", "kvm_dirty_tlb");
        assertEquals(16, tlb.size());
        assertEquals("linux/kvm.h", tlb.header());
        CMember numDirty = tlb.members().get(0);
        assertEquals("num_dirty", numDirty.name());
        assertEquals(8, numDirty.offset());
        CType.Typedef u32 = assertInstanceOf(CType.Typedef.class, numDirty.type());
        assertEquals("__u32", u32.name());
        assertEquals(new CType.Base("unsigned int", 4, CType.Encoding.UNSIGNED), u32.target());
        CMember mask = tlb.members().get(1);
        assertEquals(3, mask.bitSize());
        assertEquals(101, mask.bitOffset());
        assertEquals(12, mask.offset());
        CType.Array entries = assertInstanceOf(CType.Array.class, tlb.members().get(2).type());
        assertEquals(List.of(16, -1), entries.lengths());
    }

    @Test
    void readsTheDwarf4FileTableSomeAssemblersWrite() {
        FileTable files = FileTable.parse("""
                 The Directory Table (offset 0x1b):
                  1\t/usr/powerpc64-linux-gnu/include/asm-generic
                  2\t/usr/powerpc64-linux-gnu/include/linux
                  3\t/usr/powerpc64-linux-gnu/include/asm

                 The File Name Table (offset 0x95):
                  Entry\tDir\tTime\tSize\tName
                  1\t0\t0\t0\tpp.c
                  2\t1\t0\t0\tint-l64.h
                  8\t3\t0\t0\tkvm.h
                  9\t2\t0\t0\tkvm.h

                 No Line Number Statements.
                """, List.of());
        assertEquals("asm/kvm.h", files.header(8));
        assertEquals("linux/kvm.h", files.header(9));
        assertEquals("asm-generic/int-l64.h", files.header(2));
    }

    @Test
    void includePathsDropTheTripletFolder() {
        assertEquals("asm/kvm.h", FileTable.includePath("/usr/include/x86_64-linux-gnu/asm/kvm.h"));
        assertEquals("asm/kvm.h", FileTable.includePath("/usr/m68k-linux-gnu/include/asm/kvm.h"));
        assertEquals("linux/kvm.h", FileTable.includePath("/usr/include/linux/kvm.h"));
        assertEquals("probe.c", FileTable.includePath("/tmp/probe.c"));
    }
}
