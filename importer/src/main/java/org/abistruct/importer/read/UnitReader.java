package org.abistruct.importer.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.importer.model.CConstant;
import org.abistruct.importer.model.CMember;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.CType;
import org.abistruct.importer.model.Macro;
import org.abistruct.importer.model.Unit;

/** Turns one compilation unit's debugging entries into the importer's C model. */
final class UnitReader {
    private final DwarfText dwarf;
    private final FileTable files;
    private final Map<Long, CType> types = new HashMap<>();

    private UnitReader(DwarfText dwarf, FileTable files) {
        this.dwarf = dwarf;
        this.files = files;
    }

    static Unit read(Abi abi, DwarfText dwarf, FileTable files, Set<String> headers,
                     List<Macro> macros) {
        UnitReader reader = new UnitReader(dwarf, files);
        Map<Long, CStruct> structs = new LinkedHashMap<>();
        List<CConstant> constants = new ArrayList<>();
        reader.collect(dwarf.top(), structs, constants, headers);
        return new Unit(abi, structs, constants, macros, Map.of());
    }

    private void collect(List<Die> dies, Map<Long, CStruct> structs, List<CConstant> constants,
                         Set<String> headers) {
        for (Die die : dies) {
            switch (die.tag) {
                case "DW_TAG_structure_type", "DW_TAG_union_type" -> {
                    structs.put(die.offset, struct(die));
                    collect(die.children, structs, constants, headers);
                }
                case "DW_TAG_member" -> collect(die.children, structs, constants, headers);
                case "DW_TAG_enumeration_type" -> {
                    String header = header(die);
                    if (headers.contains(header)) {
                        boolean unsigned = !((CType.Enum) type(die.offset)).signed();
                        for (Die e : die.children) {
                            if (e.tag.equals("DW_TAG_enumerator")) {
                                constants.add(new CConstant(e.string("DW_AT_name"),
                                        e.number("DW_AT_const_value", 0), unsigned, header, false));
                            }
                        }
                    }
                }
                default -> { }
            }
        }
    }

    private String header(Die die) {
        return files.header((int) die.number("DW_AT_decl_file", -1));
    }

    private CStruct struct(Die die) {
        List<CMember> members = new ArrayList<>();
        for (Die m : die.children) {
            if (!m.tag.equals("DW_TAG_member")) {
                continue;
            }
            int bitSize = (int) m.number("DW_AT_bit_size", 0);
            long bitOffset = m.number("DW_AT_data_bit_offset", -1);
            long offset = m.number("DW_AT_data_member_location", bitOffset < 0 ? 0 : bitOffset / 8);
            members.add(new CMember(m.string("DW_AT_name"), type(m.ref("DW_AT_type")), offset,
                    bitSize, bitSize > 0 ? bitOffset : -1));
        }
        return new CStruct(die.offset, die.string("DW_AT_name"),
                die.tag.equals("DW_TAG_union_type"), die.number("DW_AT_byte_size", 0), members,
                header(die), !die.has("DW_AT_declaration"));
    }

    /** The type of the entry at {@code offset}; -1 is {@code void}. */
    private CType type(long offset) {
        CType known = types.get(offset);
        if (known != null) {
            return known;
        }
        Die die = dwarf.byOffset.get(offset);
        CType type = die == null ? new CType.Unsupported("void") : build(die);
        types.put(offset, type);
        return type;
    }

    private CType build(Die die) {
        return switch (die.tag) {
            case "DW_TAG_base_type" -> new CType.Base(die.string("DW_AT_name"),
                    (int) die.number("DW_AT_byte_size", 0), encoding(die.number("DW_AT_encoding", 0)));
            case "DW_TAG_typedef" -> new CType.Typedef(die.string("DW_AT_name"),
                    type(die.ref("DW_AT_type")));
            case "DW_TAG_pointer_type" -> new CType.Pointer((int) die.number("DW_AT_byte_size", 0),
                    target(dwarf.byOffset.get(die.ref("DW_AT_type"))));
            case "DW_TAG_const_type", "DW_TAG_volatile_type", "DW_TAG_restrict_type",
                    "DW_TAG_atomic_type" -> type(die.ref("DW_AT_type"));
            case "DW_TAG_structure_type", "DW_TAG_union_type" -> new CType.Record(die.offset);
            case "DW_TAG_enumeration_type" -> new CType.Enum(die.string("DW_AT_name"),
                    (int) die.number("DW_AT_byte_size", 4), enumSigned(die));
            case "DW_TAG_array_type" -> array(die);
            case "DW_TAG_subroutine_type" -> new CType.Unsupported("a function type");
            default -> new CType.Unsupported(die.tag);
        };
    }

    /** How C spells what a pointer points to, without following it. */
    private String target(Die die) {
        if (die == null) {
            return "void";
        }
        String name = die.string("DW_AT_name");
        return switch (die.tag) {
            case "DW_TAG_structure_type" -> name == null ? "struct" : "struct " + name;
            case "DW_TAG_union_type" -> name == null ? "union" : "union " + name;
            case "DW_TAG_const_type" -> "const " + target(dwarf.byOffset.get(die.ref("DW_AT_type")));
            case "DW_TAG_volatile_type" -> "volatile " + target(dwarf.byOffset.get(die.ref("DW_AT_type")));
            case "DW_TAG_pointer_type" -> target(dwarf.byOffset.get(die.ref("DW_AT_type"))) + " *";
            case "DW_TAG_subroutine_type" -> "void (*)()";
            default -> name == null ? "void" : name;
        };
    }

    private CType array(Die die) {
        List<Integer> lengths = new ArrayList<>();
        for (Die range : die.children) {
            if (range.tag.equals("DW_TAG_subrange_type")) {
                long length = range.has("DW_AT_count") ? range.number("DW_AT_count", 0)
                        : range.has("DW_AT_upper_bound") ? range.number("DW_AT_upper_bound", 0) + 1
                        : -1;
                lengths.add((int) length);
            }
        }
        return new CType.Array(type(die.ref("DW_AT_type")), lengths);
    }

    private boolean enumSigned(Die die) {
        if (die.has("DW_AT_type") && type(die.ref("DW_AT_type")) instanceof CType.Base b) {
            return b.encoding() == CType.Encoding.SIGNED;
        }
        return die.children.stream().anyMatch(e -> e.number("DW_AT_const_value", 0) < 0);
    }

    private static CType.Encoding encoding(long dwarf) {
        return switch ((int) dwarf) {
            case 2 -> CType.Encoding.BOOLEAN;
            case 4 -> CType.Encoding.FLOAT;
            case 5 -> CType.Encoding.SIGNED;
            case 6 -> CType.Encoding.SIGNED_CHAR;
            case 7 -> CType.Encoding.UNSIGNED;
            case 8 -> CType.Encoding.UNSIGNED_CHAR;
            default -> CType.Encoding.OTHER;
        };
    }
}
