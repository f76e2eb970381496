package org.abistruct.processor.read;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Finds annotations on elements and reads their values, keeping the value objects for positions. */
final class Mirrors {
    private Mirrors() {}

    /** The annotation of type {@code type} on {@code element}, or null. */
    static AnnotationMirror find(Element element, Class<? extends Annotation> type) {
        String name = type.getCanonicalName();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(name)) {
                return mirror;
            }
        }
        return null;
    }

    /** The annotations of type {@code single} on {@code element}, direct or in {@code container}. */
    static List<AnnotationMirror> repeated(Element element, Class<? extends Annotation> single,
            Class<? extends Annotation> container) {
        List<AnnotationMirror> out = new ArrayList<>();
        AnnotationMirror one = find(element, single);
        if (one != null) {
            out.add(one);
        }
        out.addAll(annotations(explicit(find(element, container), "value")));
        return out;
    }

    /** The value written for {@code name} in the source, or null when it is left to its default. */
    static AnnotationValue explicit(AnnotationMirror mirror, String name) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The values of an array-valued member; a single value counts as an array of one. */
    static List<AnnotationValue> elements(AnnotationValue value) {
        List<AnnotationValue> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value.getValue() instanceof List<?> list) {
            for (Object item : list) {
                out.add((AnnotationValue) item);
            }
        } else {
            out.add(value);
        }
        return out;
    }

    /** The ints of an int or int[] value. */
    static List<Integer> ints(AnnotationValue value) {
        List<Integer> out = new ArrayList<>();
        for (AnnotationValue v : elements(value)) {
            out.add(((Number) v.getValue()).intValue());
        }
        return out;
    }

    /** The constant names of an enum or enum[] value. */
    static List<String> enumNames(AnnotationValue value) {
        List<String> out = new ArrayList<>();
        for (AnnotationValue v : elements(value)) {
            Object constant = v.getValue();
            out.add(constant instanceof VariableElement e ? e.getSimpleName().toString()
                    : String.valueOf(constant));
        }
        return out;
    }

    /** The nested annotations of an annotation or annotation[] value. */
    static List<AnnotationMirror> annotations(AnnotationValue value) {
        List<AnnotationMirror> out = new ArrayList<>();
        for (AnnotationValue v : elements(value)) {
            out.add((AnnotationMirror) v.getValue());
        }
        return out;
    }
}
