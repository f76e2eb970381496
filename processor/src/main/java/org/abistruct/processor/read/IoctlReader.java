package org.abistruct.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import org.abistruct.Ioctl;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.IoctlDecl;

/**
 * Reads the {@code @Ioctl} annotations of a type, written singly or through their container,
 * into commands with their positions. A value the model cannot hold (a name that is not a C
 * identifier, a type or nr that is not a byte) is reported here and its command left out.
 */
final class IoctlReader {
    /** The commands read, and where each was declared (parallel lists). */
    record Result(List<IoctlDecl> ioctls, List<IoctlSite> sites) {}

    private IoctlReader() {}

    static Result read(TypeElement type, Report.Builder report) {
        List<IoctlDecl> ioctls = new ArrayList<>();
        List<IoctlSite> sites = new ArrayList<>();
        for (AnnotationMirror mirror : Mirrors.repeated(type, Ioctl.class, Ioctl.List.class)) {
            AnnotationValue name = Mirrors.explicit(mirror, "name");
            AnnotationValue kind = Mirrors.explicit(mirror, "type");
            AnnotationValue nr = Mirrors.explicit(mirror, "nr");
            AnnotationValue dir = Mirrors.explicit(mirror, "dir");
            if (name == null || kind == null || nr == null || dir == null
                    || !(name.getValue() instanceof String text)) {
                continue; // javac reports the missing or broken value itself
            }
            IoctlSite site = new IoctlSite(Position.of(type, mirror), Position.of(type, mirror, name),
                    Position.of(type, mirror, kind), Position.of(type, mirror, nr),
                    Position.of(type, mirror, dir));
            boolean ok = IoctlDecl.isMacroName(text);
            if (!ok) {
                report.add(Message.IOCTL_BAD_NAME, site.name(), text);
            }
            int typeByte = ((Number) kind.getValue()).intValue();
            int nrByte = ((Number) nr.getValue()).intValue();
            ok &= isByte(typeByte, "type", text, site.type(), report);
            ok &= isByte(nrByte, "nr", text, site.nr(), report);
            if (ok) {
                String direction = Mirrors.enumNames(dir).get(0);
                ioctls.add(new IoctlDecl(text, typeByte, nrByte, Ioctl.Dir.valueOf(direction)));
                sites.add(site);
            }
        }
        return new Result(ioctls, sites);
    }

    private static boolean isByte(int value, String what, String name, Position at,
            Report.Builder report) {
        if (value >= 0 && value <= 0xff) {
            return true;
        }
        report.add(Message.IOCTL_BYTE_RANGE, at, name, what, value);
        return false;
    }
}
