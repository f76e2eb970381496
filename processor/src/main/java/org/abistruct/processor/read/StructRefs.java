package org.abistruct.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import org.abistruct.processor.model.StructRef;

/** Builds the model's reference to a type element: its package and nested simple names. */
final class StructRefs {
    private StructRefs() {}

    /** The reference to {@code type}, such as {@code p} and {@code [Outer, Inner]}. */
    static StructRef of(TypeElement type) {
        Deque<String> names = new ArrayDeque<>();
        Element e = type;
        while (e instanceof TypeElement t) {
            names.addFirst(t.getSimpleName().toString());
            e = t.getEnclosingElement();
        }
        while (e != null && !(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        String pkg = e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
        return new StructRef(pkg, names.stream().toList());
    }
}
