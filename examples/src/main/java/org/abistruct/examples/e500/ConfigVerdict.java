package org.abistruct.examples.e500;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one mode of checking made of a TLB configuration: the rules it breaks (empty when
 * accepted), the geometry when accepted, and the array length that mode computed as required.
 *
 * @param broken the rules broken, in the order they were checked
 * @param geometry the geometry, present exactly when nothing is broken
 * @param requiredArrayLen the bytes this mode required of array_len, or -1 when it never got
 *     that far (the kernel stops at its first failed check)
 */
public record ConfigVerdict<R extends TlbRule>(
        List<R> broken, Optional<TlbGeometry> geometry, long requiredArrayLen) {

    public ConfigVerdict {
        broken = List.copyOf(broken);
        Objects.requireNonNull(geometry, "geometry");
        if (broken.isEmpty() != geometry.isPresent()) {
            throw new IllegalArgumentException("a geometry comes with, and only with, acceptance");
        }
    }

    /** Whether the configuration passes every rule. */
    public boolean accepted() {
        return broken.isEmpty();
    }

    /** Whether {@code rule} is among the broken rules. */
    public boolean breaks(R rule) {
        return broken.contains(rule);
    }

    /** One line per broken rule: its name and sentence. */
    public String explain() {
        if (broken.isEmpty()) {
            return "accepted";
        }
        StringBuilder text = new StringBuilder();
        for (R rule : broken) {
            text.append(rule).append(": ").append(rule.sentence()).append('\n');
        }
        return text.toString();
    }
}
