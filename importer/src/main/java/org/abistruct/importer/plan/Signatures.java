package org.abistruct.importer.plan;

import java.util.HashMap;
import java.util.Map;
import org.abistruct.importer.model.CMember;
import org.abistruct.importer.model.CStruct;
import org.abistruct.importer.model.Unit;

/**
 * A text per struct that two ABIs share exactly when their headers declare the struct the same
 * way, as the importer maps it: member names, carried types, array lengths, bitfield widths, and
 * the same for every struct it embeds. {@code __u64} is {@code unsigned long long} on one
 * architecture and {@code unsigned long} on another; both are the same member here.
 */
final class Signatures {
    private final Map<Unit, Map<Long, String>> memo = new HashMap<>();

    String of(Unit unit, CStruct struct) {
        Map<Long, String> known = memo.computeIfAbsent(unit, u -> new HashMap<>());
        String done = known.get(struct.id());
        if (done != null) {
            return done;
        }
        StringBuilder out = new StringBuilder(struct.keyword()).append(' ')
                .append(struct.tag() == null ? "" : struct.tag()).append('{');
        for (CMember raw : struct.members()) {
            CMember m = FlexibleArrays.unwrap(unit, raw);
            out.append(m.name()).append(':');
            TypeMapper.Mapped mapped = TypeMapper.map(m.type());
            if (mapped instanceof TypeMapper.Scalar scalar) {
                out.append(scalar.field().signature());
            } else if (mapped instanceof TypeMapper.Embedded e) {
                CStruct inner = unit.structs().get(e.id());
                out.append(e.lengths()).append(inner == null ? "?" : of(unit, inner));
            } else {
                out.append(((TypeMapper.Unsupported) mapped).reason());
            }
            out.append(m.bitSize()).append(';');
        }
        String signature = out.append('}').toString();
        known.put(struct.id(), signature);
        return signature;
    }
}
