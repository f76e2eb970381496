package org.abistruct.processor.validate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.read.Declaration;

/**
 * Checks each struct or union a declaration embeds by value: that the declaration does not
 * contain itself, that the embedded one has no flexible array member, and that it is laid out
 * for every ABI the declaration selects.
 */
final class EmbeddingChecks {
    private EmbeddingChecks() {}

    /** The report, and which member indexes got an error here. */
    record Result(Report report, Set<Integer> flagged) {}

    static Result check(Declaration d, Function<StructRef, Declaration> lookup) {
        Report.Builder report = Report.builder();
        Set<Integer> flagged = new HashSet<>();
        StructDecl decl = d.decl();
        for (int i = 0; i < decl.members().size(); i++) {
            Member m = decl.members().get(i);
            StructRef ref = Declaration.structOf(m.type());
            Declaration inner = ref == null ? null : lookup.apply(ref);
            if (inner == null) {
                continue;
            }
            Position at = d.members().get(i).component();
            List<String> path = new ArrayList<>();
            path.add(shortName(decl.ref()) + "." + m.javaName());
            if (ref.equals(decl.ref()) || reaches(inner, decl.ref(), lookup, path, new HashSet<>())) {
                path.add(shortName(decl.ref()));
                report.add(Message.CYCLE, at, decl.keyword(), decl.cName(), String.join(" -> ", path));
                flagged.add(i);
            }
            StructDecl embedded = inner.decl();
            if (endsInFlexibleArray(embedded)) {
                report.add(Message.EMBEDDED_FLEXIBLE_ARRAY, at, m.javaName(), embedded.keyword(),
                        embedded.cName());
                flagged.add(i);
            }
            Set<Abi> missing = EnumSet.noneOf(Abi.class);
            missing.addAll(decl.abis());
            missing.removeAll(embedded.abis());
            if (!missing.isEmpty()) {
                report.add(Message.EMBEDDED_ABI_MISMATCH, at, m.javaName(), embedded.keyword(),
                        embedded.cName(), missing, missing, embedded.ref().qualifiedName());
                flagged.add(i);
            }
        }
        return new Result(report.build(), flagged);
    }

    /** Whether {@code from} embeds {@code target} at any depth, extending {@code path} if so. */
    private static boolean reaches(Declaration from, StructRef target,
            Function<StructRef, Declaration> lookup, List<String> path, Set<String> seen) {
        if (!seen.add(from.decl().ref().qualifiedName())) {
            return false;
        }
        for (Member m : from.decl().members()) {
            StructRef ref = Declaration.structOf(m.type());
            if (ref == null) {
                continue;
            }
            path.add(shortName(from.decl().ref()) + "." + m.javaName());
            if (ref.equals(target)) {
                return true;
            }
            Declaration next = lookup.apply(ref);
            if (next != null && reaches(next, target, lookup, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static boolean endsInFlexibleArray(StructDecl decl) {
        List<Member> members = decl.members();
        return !members.isEmpty()
                && members.get(members.size() - 1).type() instanceof ArrayType a && a.length() == 0;
    }

    private static String shortName(StructRef ref) {
        return String.join(".", ref.simpleNames());
    }
}
