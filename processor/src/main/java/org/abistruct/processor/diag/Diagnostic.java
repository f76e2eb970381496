package org.abistruct.processor.diag;

import java.util.List;
import java.util.Objects;
import javax.tools.Diagnostic.Kind;

/**
 * One problem found in a declaration: the catalogue entry, its arguments, where it points, and
 * its kind (the entry's own unless a policy raised or lowered it).
 */
public record Diagnostic(Message message, List<Object> args, Position position, Kind kind) {
    public Diagnostic {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    /** A diagnostic of the entry's own kind. */
    public Diagnostic(Message message, List<Object> args, Position position) {
        this(message, args, position, message.kind());
    }

    /** The text javac prints: the code in brackets, the sentence and the hint. */
    public String text() {
        return message.format(args.toArray());
    }
}
