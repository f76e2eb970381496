package org.abistruct.importer.plan;

import java.util.Map;
import org.abistruct.importer.model.CMember;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.CType;

/** The C spelling of members, for the records' Javadoc: {@code __u64 bitmap;}. */
final class CText {
    private static final Map<String, String> BASES = Map.of(
            "long unsigned int", "unsigned long",
            "long int", "long",
            "short unsigned int", "unsigned short",
            "short int", "short",
            "long long unsigned int", "unsigned long long",
            "long long int", "long long");

    private CText() {}

    /** The whole declaration of {@code struct}, one member per line. */
    static String declaration(CStruct struct, Map<Long, CStruct> structs) {
        StringBuilder out = new StringBuilder(struct.keyword());
        if (struct.tag() != null) {
            out.append(' ').append(struct.tag());
        }
        out.append(" {\n");
        for (CMember m : struct.members()) {
            out.append("    ").append(member(m, structs)).append('\n');
        }
        return out.append("};").toString();
    }

    /** One member: {@code __u32 data[4];}, {@code __u8 flag : 1;}. */
    static String member(CMember m, Map<Long, CStruct> structs) {
        StringBuilder dims = new StringBuilder();
        CType type = m.type();
        if (type instanceof CType.Array a) {
            for (int n : a.lengths()) {
                dims.append('[').append(n < 0 ? "" : String.valueOf(n)).append(']');
            }
            type = a.element();
        }
        String spelled = spell(type, structs);
        StringBuilder out = new StringBuilder(spelled);
        if (m.name() != null) {
            out.append(spelled.endsWith("*") ? "" : " ").append(m.name());
        }
        out.append(dims);
        if (m.bitfield()) {
            out.append(" : ").append(m.bitSize());
        }
        return out.append(';').toString();
    }

    private static String spell(CType type, Map<Long, CStruct> structs) {
        if (type instanceof CType.Typedef t) {
            return t.name();
        }
        if (type instanceof CType.Base b) {
            return BASES.getOrDefault(b.name(), b.name());
        }
        if (type instanceof CType.Pointer p) {
            return p.target() + " *";
        }
        if (type instanceof CType.Enum e) {
            return e.name() == null ? "enum" : "enum " + e.name();
        }
        if (type instanceof CType.Record r) {
            CStruct s = structs.get(r.id());
            if (s == null) {
                return "struct";
            }
            return s.tag() == null ? s.keyword() + " { ... }" : s.keyword() + " " + s.tag();
        }
        if (type instanceof CType.Array a) {
            return spell(a.element(), structs) + a.lengths();
        }
        return ((CType.Unsupported) type).text();
    }
}
