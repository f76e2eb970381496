package org.abistruct.processor.diag;

import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * A {@link Messager} that drops notes and passes everything else on: what the processor option
 * {@value #OPTION} asks for.
 */
public final class QuietMessager implements Messager {
    /** The processor option, {@code -Aabistruct.quiet} or {@code -Aabistruct.quiet=true}. */
    public static final String OPTION = "abistruct.quiet";

    private final Messager delegate;

    public QuietMessager(Messager delegate) {
        this.delegate = delegate;
    }

    /**
     * Whether {@code options}, a processor's, ask for quiet: {@code -Aabistruct.quiet} alone
     * (which javac passes as a null value) or {@code =true}.
     */
    public static boolean requested(Map<String, String> options) {
        if (!options.containsKey(OPTION)) {
            return false;
        }
        String value = options.get(OPTION);
        return value == null || value.isEmpty() || Boolean.parseBoolean(value);
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg) {
        if (kind != Kind.NOTE) {
            delegate.printMessage(kind, msg);
        }
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e) {
        if (kind != Kind.NOTE) {
            delegate.printMessage(kind, msg, e);
        }
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
        if (kind != Kind.NOTE) {
            delegate.printMessage(kind, msg, e, a);
        }
    }

    @Override
    public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a,
                             AnnotationValue v) {
        if (kind != Kind.NOTE) {
            delegate.printMessage(kind, msg, e, a, v);
        }
    }
}
