package org.abistruct.processor.diag;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic.Kind;

/**
 * A messager that places what javac cannot place by itself. javac 17 finds no source position
 * for a record component, so a message there goes to the component's field, on the same line.
 * No javac finds an annotation repeated into its container, so a message on one of them goes
 * to its own source tree. Everything else passes straight to the compiler's messager.
 */
public final class PlacingMessager implements Messager {
    private final Messager delegate;
    private final Trees trees;

    private PlacingMessager(Messager delegate, Trees trees) {
        this.delegate = delegate;
        this.trees = trees;
    }

    /** The compiler's messager, wrapped when the compiler offers source trees. */
    public static Messager of(ProcessingEnvironment env) {
        try {
            return new PlacingMessager(env.getMessager(), Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return env.getMessager();
        }
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg) {
        delegate.printMessage(kind, msg);
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e) {
        printMessage(kind, msg, e, null, null);
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
        printMessage(kind, msg, e, a, null);
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a,
            AnnotationValue v) {
        Element field = unplacedComponentField(e);
        if (field != null) {
            delegate.printMessage(kind, msg, field);
            return;
        }
        int repeat = a == null ? -1 : repeatIndex(e, a);
        TreePath path = repeat < 0 ? null : trees.getPath(e);
        if (path == null || !(path.getLeaf() instanceof ClassTree type)) {
            delegate.printMessage(kind, msg, e, a, v);
            return;
        }
        trees.printMessage(kind, msg, locate(path, type.getModifiers(), a, repeat, v),
                path.getCompilationUnit());
    }

    /** The field of a record component javac cannot find in the source, or null. */
    private Element unplacedComponentField(Element e) {
        if (e.getKind() != ElementKind.RECORD_COMPONENT || trees.getTree(e) != null) {
            return null;
        }
        for (VariableElement field : ElementFilter.fieldsIn(e.getEnclosingElement().getEnclosedElements())) {
            if (field.getSimpleName().equals(e.getSimpleName()) && trees.getTree(field) != null) {
                return field;
            }
        }
        return null;
    }

    /** Which repetition {@code a} is inside a container on {@code e}; -1 if written directly. */
    private static int repeatIndex(Element e, AnnotationMirror a) {
        for (AnnotationMirror container : e.getAnnotationMirrors()) {
            if (container == a) {
                return -1;
            }
            for (AnnotationValue value : container.getElementValues().values()) {
                if (value.getValue() instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        if (((AnnotationValue) items.get(i)).getValue() == a) {
                            return i;
                        }
                    }
                }
            }
        }
        return -1;
    }

    /** The tree of the value, else of the {@code repeat}-th annotation of that type. */
    private Tree locate(TreePath owner, ModifiersTree modifiers, AnnotationMirror mirror, int repeat,
            AnnotationValue value) {
        int seen = 0;
        TreePath modifiersPath = new TreePath(owner, modifiers);
        for (AnnotationTree annotation : modifiers.getAnnotations()) {
            Element type = trees.getElement(new TreePath(new TreePath(modifiersPath, annotation),
                    annotation.getAnnotationType()));
            if (type == null || !type.equals(mirror.getAnnotationType().asElement())) {
                continue;
            }
            if (seen++ == repeat) {
                Tree argument = argument(annotation.getArguments(), nameOf(mirror, value));
                return argument != null ? argument : annotation;
            }
        }
        return owner.getLeaf();
    }

    private static String nameOf(AnnotationMirror mirror, AnnotationValue value) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            if (e.getValue() == value) {
                return e.getKey().getSimpleName().toString();
            }
        }
        return null;
    }

    private static Tree argument(List<? extends ExpressionTree> arguments, String name) {
        if (name == null) {
            return null;
        }
        for (ExpressionTree argument : arguments) {
            if (argument instanceof AssignmentTree assignment) {
                if (assignment.getVariable() instanceof IdentifierTree id
                        && id.getName().contentEquals(name)) {
                    return assignment.getExpression();
                }
            } else if (name.equals("value")) {
                return argument;
            }
        }
        return null;
    }
}
