package org.abistruct.processor.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.LayoutException;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.read.Declaration;
import org.abistruct.processor.read.Reading;

/**
 * Decides whether a struct can be generated, and with which layouts. Its own problems come
 * first (reading, members, names, ioctls, embedding); then every struct it embeds must be
 * clean, or its component says so once; then it is laid out for each selected ABI and its size
 * asserts and ioctl numbers are checked, and, when this compile generates it, its
 * {@link OutputChecks}. Verdicts are memoized, so a struct embedded by many is checked once.
 */
public final class StructChecker {
    /** The full report of a struct, and its layouts in {@link Abi} order when it is clean. */
    public record Verdict(Report report, List<StructLayout> layouts) {
        public Verdict {
            Objects.requireNonNull(report, "report");
            layouts = List.copyOf(layouts);
        }

        public boolean isClean() {
            return report.isClean();
        }
    }

    private final Function<StructRef, Reading> lookup;
    private final LayoutEngine engine;
    private final OutputChecks output;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    /**
     * A checker resolving embedded structs through {@code lookup} (null when missing), with
     * {@code output} for the structs this compile generates.
     */
    public StructChecker(Function<StructRef, Reading> lookup, LayoutEngine engine,
            OutputChecks output) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.output = Objects.requireNonNull(output, "output");
    }

    /** The verdict on {@code reading}. */
    public Verdict check(Reading reading) {
        Verdict done = verdicts.get(reading.name());
        if (done != null) {
            return done;
        }
        if (!inProgress.add(reading.name())) {
            // Only reachable through a cycle, which the cycle check reports on its own.
            return new Verdict(Report.clean(), List.of());
        }
        Verdict verdict = finish(reading, decide(reading));
        inProgress.remove(reading.name());
        verdicts.put(reading.name(), verdict);
        return verdict;
    }

    private Verdict decide(Reading reading) {
        Report.Builder report = Report.builder().addAll(reading.report());
        Declaration d = reading.declaration();
        if (d == null) {
            return new Verdict(report.build(), List.of());
        }
        report.addAll(DeclarationChecks.check(d));
        report.addAll(NameChecks.check(d, this::declarationOf));
        report.addAll(IoctlChecks.check(d, this::declarationOf));
        EmbeddingChecks.Result embedding = EmbeddingChecks.check(d, this::declarationOf);
        report.addAll(embedding.report());
        StructDecl decl = d.decl();
        for (int i = 0; i < decl.members().size(); i++) {
            Member m = decl.members().get(i);
            StructRef ref = Declaration.structOf(m.type());
            if (ref == null || embedding.flagged().contains(i)) {
                continue;
            }
            Reading inner = lookup.apply(ref);
            if (inner == null || !check(inner).isClean()) {
                String keyword = inner != null && inner.declaration() != null
                        ? inner.declaration().decl().keyword() : "struct";
                report.add(Message.EMBEDDED_HAS_ERRORS, d.members().get(i).component(),
                        m.javaName(), keyword, ref.qualifiedName(), ref.qualifiedName());
            }
        }
        if (!report.isClean()) {
            return new Verdict(report.build(), List.of());
        }
        List<StructLayout> layouts = new ArrayList<>();
        for (Abi abi : decl.abis()) {
            try {
                layouts.add(engine.layout(decl, abi));
            } catch (LayoutException tooLarge) {
                report.add(Message.TOO_LARGE, d.record(), decl.keyword(), decl.cName(), abi,
                        tooLarge.getMessage(), LayoutEngine.MAX_SIZE);
                return new Verdict(report.build(), List.of());
            }
        }
        report.addAll(SizeChecks.check(d, layouts));
        report.addAll(IoctlChecks.encodings(d, layouts));
        Report full = report.build();
        return new Verdict(full, full.isClean() ? layouts : List.of());
    }

    private Verdict finish(Reading reading, Verdict valid) {
        Report full = valid.report().plus(output.check(reading, valid.layouts()));
        return new Verdict(full, full.isClean() ? valid.layouts() : List.of());
    }

    private Declaration declarationOf(StructRef ref) {
        Reading reading = lookup.apply(ref);
        return reading == null ? null : reading.declaration();
    }
}
