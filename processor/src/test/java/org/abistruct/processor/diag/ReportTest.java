package org.abistruct.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static <T> T standIn(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> method.getName().equals("toString") ? type.getSimpleName() : null));
    }

    /** Records which overload each message went to. */
    private static final class Recording implements Messager {
        final List<String> calls = new ArrayList<>();

        @Override
        public void printMessage(Kind kind, CharSequence msg) {
            calls.add(kind + " " + msg);
        }

        @Override
        public void printMessage(Kind kind, CharSequence msg, Element e) {
            calls.add(kind + " element " + msg);
        }

        @Override
        public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
            calls.add(kind + " annotation " + msg);
        }

        @Override
        public void printMessage(Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
            calls.add(kind + " value " + msg);
        }
    }

    @Test
    void printsEachDiagnosticAtItsMostPrecisePosition() {
        Element e = standIn(Element.class);
        AnnotationMirror a = standIn(AnnotationMirror.class);
        AnnotationValue v = standIn(AnnotationValue.class);
        Report report = Report.builder()
                .add(Message.EMPTY_RECORD, Position.of(e), "p.E", "struct")
                .add(Message.BOTH_KINDS, Position.of(e, a), "p.B")
                .add(Message.DUPLICATE_ABI, Position.of(e, a, v), "ARM")
                .add(Message.DUPLICATE_ABI, Position.of(e, null, v), "SH4")
                .build();
        Recording messager = new Recording();
        report.printMessagesTo(messager);
        assertEquals(List.of(
                "ERROR element " + Message.EMPTY_RECORD.format("p.E", "struct"),
                "ERROR annotation " + Message.BOTH_KINDS.format("p.B"),
                "ERROR value " + Message.DUPLICATE_ABI.format("ARM"),
                "ERROR element " + Message.DUPLICATE_ABI.format("SH4")), messager.calls);
    }

    @Test
    void cleanUntilAnErrorIsAdded() {
        assertTrue(Report.clean().isClean());
        Report.Builder builder = Report.builder();
        assertTrue(builder.isClean());
        builder.add(Message.EMPTY_RECORD, Position.of(standIn(Element.class)), "p.E", "struct");
        assertFalse(builder.isClean());
        Report report = Report.clean().plus(builder.build());
        assertFalse(report.isClean());
        assertEquals(1, report.diagnostics().size());
    }
}
