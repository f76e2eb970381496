package org.abistruct.processor.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.read.Declaration;
import org.abistruct.processor.read.MemberSite;

/**
 * Checks that no two members share a C name or a Java accessor name,
 * counting the members of anonymous members as members of the enclosing declaration, as C and
 * the generated code do.
 */
final class NameChecks {
    /**
     * One name in the enclosing scope: who declares it and where to point; the C name is null
     * for an anonymous member, which has none.
     */
    record Entry(String cName, String javaName, String shown, Position at, Position cNameAt) {}

    private NameChecks() {}

    static Report check(Declaration d, Function<StructRef, Declaration> lookup) {
        List<Entry> entries = entries(d, lookup);
        Report.Builder report = Report.builder();
        Map<String, Entry> cNames = new HashMap<>();
        Map<String, Entry> accessors = new HashMap<>();
        for (Entry e : entries) {
            Entry earlier = e.cName() == null ? null : cNames.putIfAbsent(e.cName(), e);
            if (earlier != null) {
                report.add(Message.DUPLICATE_C_NAME, e.cNameAt(), e.cName(), e.shown(), earlier.shown());
            }
            String accessor = capitalize(e.javaName());
            earlier = accessors.putIfAbsent(accessor, e);
            if (earlier != null) {
                report.add(Message.DUPLICATE_ACCESSOR, e.at(), e.shown(), accessor, accessor,
                        earlier.shown());
            }
        }
        return report.build();
    }

    /** Every member in the scope of {@code d}, those of anonymous members included. */
    static List<Entry> entries(Declaration d, Function<StructRef, Declaration> lookup) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < d.decl().members().size(); i++) {
            Member m = d.decl().members().get(i);
            MemberSite site = d.members().get(i);
            // An anonymous member has no C name; its accessors still have a Java one.
            entries.add(new Entry(cName(m), m.javaName(), m.javaName(), site.component(),
                    site.cName()));
            addStringAccessors(m, m.javaName(), site.component(), entries);
            if (m.anonymous()) {
                Set<String> seen = new HashSet<>();
                seen.add(d.decl().ref().qualifiedName());
                flatten((StructRef) m.type(), m.javaName(), site.component(), lookup, seen, entries);
            }
        }
        return entries;
    }

    /** Adds the members of an anonymous member, and of theirs, pointing at {@code at}. */
    private static void flatten(StructRef ref, String path, Position at,
            Function<StructRef, Declaration> lookup, Set<String> seen, List<Entry> entries) {
        Declaration inner = lookup.apply(ref);
        if (inner == null || !seen.add(ref.qualifiedName())) {
            return;
        }
        for (Member m : inner.decl().members()) {
            String shown = path + "." + m.javaName();
            entries.add(new Entry(cName(m), m.javaName(), shown, at, at));
            addStringAccessors(m, shown, at, entries);
            if (m.anonymous()) {
                flatten((StructRef) m.type(), shown, at, lookup, seen, entries);
            }
        }
    }

    /** The {@code get<Name>String} and {@code set<Name>String} of a C string, by name only. */
    private static void addStringAccessors(Member m, String shown, Position at,
                                           List<Entry> entries) {
        if (m.cString()) {
            entries.add(new Entry(null, m.javaName() + "String", shown + " (as a string)", at,
                    at));
        }
    }

    static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The member's C name; null for an anonymous member or an unnamed bitfield, which have none. */
    private static String cName(Member m) {
        return m.anonymous() || !m.named() ? null : m.cName();
    }
}
