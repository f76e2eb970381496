package org.abistruct.processor.validate;

import java.util.List;
import java.util.Objects;
import org.abistruct.processor.model.StructDecl;

/**
 * A change to a declaration that makes its layouts identical within every compat pair it
 * selects, checked by laying the changed declaration out.
 *
 * @param edits the source edits, each a sentence naming components by their Java names
 * @param why what the change is, such as {@code explicit padding}
 * @param fixed the declaration with the edits applied
 */
public record CompatFix(List<String> edits, String why, StructDecl fixed) {
    public CompatFix {
        edits = List.copyOf(edits);
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(fixed, "fixed");
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix without an edit");
        }
    }

    /** The edits joined by {@code "; "}, then the reason in parentheses. */
    public String text() {
        return String.join("; ", edits) + " (" + why + ")";
    }
}
