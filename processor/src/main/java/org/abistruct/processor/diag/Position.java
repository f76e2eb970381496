package org.abistruct.processor.diag;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: an element, optionally one of its annotations, optionally one value
 * of that annotation. The most precise of the three is what javac underlines.
 */
public record Position(Element element, AnnotationMirror annotation, AnnotationValue value) {
    public Position {
        Objects.requireNonNull(element, "element");
        if (value != null && annotation == null) {
            throw new IllegalArgumentException("a value needs its annotation");
        }
    }

    /** The element itself. */
    public static Position of(Element element) {
        return new Position(element, null, null);
    }

    /** An annotation on the element, or the element when {@code annotation} is null. */
    public static Position of(Element element, AnnotationMirror annotation) {
        return new Position(element, annotation, null);
    }

    /** A value of an annotation, falling back to the annotation when {@code value} is null. */
    public static Position of(Element element, AnnotationMirror annotation, AnnotationValue value) {
        return new Position(element, annotation, annotation == null ? null : value);
    }
}
