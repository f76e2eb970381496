package org.abistruct.processor.read;

import java.util.Objects;
import javax.lang.model.element.TypeElement;
import org.abistruct.processor.diag.Report;

/**
 * What reading one annotated type gave: its declaration when it is a record (null otherwise),
 * the problems found while reading, and whether a component type is not resolved yet.
 */
public record Reading(TypeElement element, Declaration declaration, Report report, boolean waiting) {
    public Reading {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(report, "report");
    }

    /** The canonical name of the type. */
    public String name() {
        return element.getQualifiedName().toString();
    }
}
