package org.abistruct.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.abistruct.Align;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;

/** Reads {@code @Align} from a component or record: a power of two from 1 to 2^28 (GCC's limit). */
final class Alignments {
    /** The largest alignment GCC accepts in an ELF object. */
    static final int MAX = 1 << 28;

    private Alignments() {}

    /** The alignment {@code element} asks for, 0 for none or after reporting a bad value. */
    static int read(Element element, String what, Report.Builder report) {
        AnnotationMirror mirror = Mirrors.find(element, Align.class);
        AnnotationValue value = Mirrors.explicit(mirror, "value");
        if (value == null) {
            return 0;
        }
        int align = ((Number) value.getValue()).intValue();
        if (align < 1 || align > MAX || Integer.bitCount(align) != 1) {
            report.add(Message.BAD_ALIGN, Position.of(element, mirror, value), align, what);
            return 0;
        }
        return align;
    }
}
