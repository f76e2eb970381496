package org.abistruct.processor.diag;

import java.util.List;
import java.util.Objects;

/** One problem found in a declaration: the catalogue entry, its arguments and where it points. */
public record Diagnostic(Message message, List<Object> args, Position position) {
    public Diagnostic {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
        args = List.copyOf(args);
    }

    /** The text javac prints: the code in brackets, the sentence and the hint. */
    public String text() {
        return message.format(args.toArray());
    }
}
