package org.abistruct.processor.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.PlanException;
import org.abistruct.processor.plan.Planner;
import org.abistruct.processor.plan.StructPlan;
import org.abistruct.processor.read.Declaration;
import org.abistruct.processor.read.Reading;

/**
 * Decides whether a struct can be generated, and with which plan. Its own problems come
 * first (reading, members, names, ioctls, embedding); then every struct it embeds must be
 * clean, or its component says so once; then it is planned and its size asserts and ioctl
 * numbers are checked against the plan, and, when this compile generates it, its
 * {@link OutputChecks}. Verdicts are memoized, so a struct embedded by many is checked once.
 */
public final class StructChecker {
    /**
     * The full report of a struct, and its plan when it is clean; null otherwise, and for a
     * struct reached again through a cycle, which the cycle check reports on its own.
     */
    public record Verdict(Report report, StructPlan plan) {
        public Verdict {
            Objects.requireNonNull(report, "report");
        }

        public boolean isClean() {
            return report.isClean();
        }
    }

    private final Function<StructRef, Reading> lookup;
    private final Planner planner;
    private final OutputChecks output;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    /**
     * A checker resolving embedded structs through {@code lookup} (null when missing), with
     * {@code output} for the structs this compile generates.
     */
    public StructChecker(Function<StructRef, Reading> lookup, Planner planner,
            OutputChecks output) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.planner = Objects.requireNonNull(planner, "planner");
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
            return new Verdict(Report.clean(), null);
        }
        Verdict verdict = finish(reading, decide(reading));
        inProgress.remove(reading.name());
        verdicts.put(reading.name(), verdict);
        return verdict;
    }

    /**
     * Drops the plan of {@code reading}'s verdict, once generated, keeping its report for the
     * structs that embed it: a compile of many structs holds one plan at a time.
     */
    public void generated(Reading reading) {
        verdicts.computeIfPresent(reading.name(), (name, v) -> new Verdict(v.report(), null));
    }

    private Verdict decide(Reading reading) {
        Report.Builder report = Report.builder().addAll(reading.report());
        Declaration d = reading.declaration();
        if (d == null) {
            return new Verdict(report.build(), null);
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
            return new Verdict(report.build(), null);
        }
        StructPlan plan;
        try {
            plan = planner.plan(decl, d.policy().policy(), d.ioctls());
        } catch (PlanException tooLarge) {
            report.add(Message.TOO_LARGE, d.record(), decl.keyword(), decl.cName(),
                    tooLarge.members() > 0 ? tooLarge.getMessage()
                            : "on ABI " + tooLarge.abi() + ", " + tooLarge.getMessage(),
                    tooLarge.members() > 0
                            ? "Declare a large embedded part as a byte array, or split the struct."
                            : "Reduce the array lengths so that the size fits in "
                                    + LayoutEngine.MAX_SIZE + " bytes.");
            return new Verdict(report.build(), null);
        }
        report.addAll(SizeChecks.check(d, plan));
        report.addAll(IoctlChecks.encodings(d, plan));
        Report full = report.build();
        return new Verdict(full, full.isClean() ? plan : null);
    }

    private Verdict finish(Reading reading, Verdict valid) {
        Report full = valid.report().plus(output.check(reading, valid.plan()));
        return new Verdict(full, full.isClean() ? valid.plan() : null);
    }

    private Declaration declarationOf(StructRef ref) {
        Reading reading = lookup.apply(ref);
        return reading == null ? null : reading.declaration();
    }
}
