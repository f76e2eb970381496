package org.abistruct.importer.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.importer.model.CMember;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.CType;
import org.abistruct.importer.model.Unit;

/**
 * Asks GCC for what debug information leaves out: the alignment of every tagged struct and of
 * each of its members ({@code __alignof__(((struct s *)0)->m)}), which shows {@code aligned}
 * attributes (such as {@code __aligned_u64}, a macro) that move no offset on this ABI.
 */
final class AlignmentProbe {
    private AlignmentProbe() {}

    static Unit read(Toolchain toolchain, List<String> headers, Unit unit) {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (CStruct s : unit.structs().values()) {
            if (s.tag() != null && s.complete()) {
                String type = s.keyword() + " " + s.tag();
                expressions.put(type, "__alignof__(" + type + ")");
                members(unit, s, "((" + type + " *)0)->", type + "#", "", expressions);
            }
        }
        Map<String, Long> alignments = new LinkedHashMap<>();
        ValueProbe.evaluate(toolchain, headers, expressions)
                .forEach((key, value) -> alignments.put(key, value.bits()));
        return unit.withAlignments(alignments);
    }

    private static void members(Unit unit, CStruct s, String access, String key, String path,
                                Map<String, String> out) {
        for (CMember m : s.members()) {
            if (m.bitfield()) {
                continue;
            }
            CType type = m.type();
            while (type instanceof CType.Typedef t) {
                type = t.target();
            }
            CStruct inner = type instanceof CType.Record r ? unit.structs().get(r.id()) : null;
            if (m.name() == null) {
                if (inner != null) {
                    members(unit, inner, access, key, path, out);
                }
                continue;
            }
            out.put(key + path + m.name(), "__alignof__(" + access + path + m.name() + ")");
            if (inner != null && inner.tag() == null) {
                members(unit, inner, access, key, path + m.name() + ".", out);
            }
        }
    }
}
