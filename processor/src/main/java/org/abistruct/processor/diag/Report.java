package org.abistruct.processor.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/**
 * The diagnostics found for one declaration, in the order they were found. Checks build a report
 * and hand it back; only the processor prints it.
 */
public final class Report {
    private final List<Diagnostic> diagnostics;

    private Report(List<Diagnostic> diagnostics) {
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** A report with no diagnostics. */
    public static Report clean() {
        return new Report(List.of());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every diagnostic, in the order found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Whether no diagnostic is an error. */
    public boolean isClean() {
        return diagnostics.stream().noneMatch(d -> d.kind() == Kind.ERROR);
    }

    /** This report without its notes. */
    public Report withoutNotes() {
        return new Report(diagnostics.stream().filter(d -> d.kind() != Kind.NOTE).toList());
    }

    /** This report followed by {@code other}. */
    public Report plus(Report other) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(other.diagnostics);
        return new Report(all);
    }

    /** Prints every diagnostic at its position. */
    public void printMessagesTo(Messager messager) {
        for (Diagnostic d : diagnostics) {
            Position p = d.position();
            Kind kind = d.kind();
            if (p.value() != null) {
                messager.printMessage(kind, d.text(), p.element(), p.annotation(), p.value());
            } else if (p.annotation() != null) {
                messager.printMessage(kind, d.text(), p.element(), p.annotation());
            } else {
                messager.printMessage(kind, d.text(), p.element());
            }
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(d.text()).append('\n');
        }
        return out.toString();
    }

    /** Collects diagnostics for one report. */
    public static final class Builder {
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        private Builder() {}

        /** Adds {@code message} with its format arguments at {@code position}. */
        public Builder add(Message message, Position position, Object... args) {
            diagnostics.add(new Diagnostic(message, Arrays.asList(args), position));
            return this;
        }

        /** Adds {@code message} as a diagnostic of {@code kind}, as a policy decides. */
        public Builder add(Kind kind, Message message, Position position, Object... args) {
            diagnostics.add(new Diagnostic(message, Arrays.asList(args), position, kind));
            return this;
        }

        /** Adds every diagnostic of {@code report}. */
        public Builder addAll(Report report) {
            diagnostics.addAll(report.diagnostics);
            return this;
        }

        /** Whether no error was added yet. */
        public boolean isClean() {
            return build().isClean();
        }

        /** The report of everything added so far. */
        public Report build() {
            return new Report(diagnostics);
        }
    }
}
