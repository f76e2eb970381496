package org.abistruct.importer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;

/**
 * What one ABI's GCC compiled of the headers: every struct and union by id, the enum constants,
 * the macros the headers themselves define, and the alignments debug information does not
 * hold: {@code __alignof__} of each tagged struct ({@code "struct kvm_run"}) and of each member
 * ({@code "struct kvm_run#io.port"}).
 */
public record Unit(Abi abi, Map<Long, CStruct> structs, List<CConstant> enumConstants,
                   List<Macro> macros, Map<String, Long> alignments) {
    public Unit {
        structs = Collections.unmodifiableMap(new LinkedHashMap<>(structs)); // in DWARF order
        enumConstants = List.copyOf(enumConstants);
        macros = List.copyOf(macros);
        alignments = Map.copyOf(alignments);
    }

    /** This unit with its alignments. */
    public Unit withAlignments(Map<String, Long> found) {
        return new Unit(abi, structs, enumConstants, macros, found);
    }

    /** The complete struct or union with this tag, if any. */
    public CStruct tagged(String keyword, String tag) {
        for (CStruct s : structs.values()) {
            if (s.complete() && tag.equals(s.tag()) && s.keyword().equals(keyword)) {
                return s;
            }
        }
        return null;
    }
}
