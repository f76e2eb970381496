package org.abistruct.processor.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import org.abistruct.Abi;
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
            AnnotationValue arg = Mirrors.explicit(mirror, "arg");
            IoctlSite site = new IoctlSite(Position.of(type, mirror), Position.of(type, mirror, name),
                    Position.of(type, mirror, kind), Position.of(type, mirror, nr),
                    Position.of(type, mirror, dir), arg == null ? Position.of(type, mirror)
                            : Position.of(type, mirror, arg));
            boolean ok = IoctlDecl.isMacroName(text);
            if (!ok) {
                report.add(Message.IOCTL_BAD_NAME, site.name(), text);
            }
            int typeByte = ((Number) kind.getValue()).intValue();
            int nrByte = ((Number) nr.getValue()).intValue();
            ok &= isByte(typeByte, "type", text, site.type(), report);
            ok &= isByte(nrByte, "nr", text, site.nr(), report);
            Map<Abi, Long> legacy = new EnumMap<>(Abi.class);
            ok &= legacy(type, mirror, text, legacy, report);
            if (ok) {
                String direction = Mirrors.enumNames(dir).get(0);
                Ioctl.Arg argument = arg == null ? Ioctl.Arg.STRUCT
                        : Ioctl.Arg.valueOf(Mirrors.enumNames(arg).get(0));
                ioctls.add(new IoctlDecl(text, typeByte, nrByte, Ioctl.Dir.valueOf(direction),
                        argument, legacy));
                sites.add(site);
            }
        }
        return new Result(ioctls, sites);
    }

    /** Reads the legacy numbers into {@code out}; false, reported, for one it cannot hold. */
    private static boolean legacy(TypeElement type, AnnotationMirror mirror, String name,
                                  Map<Abi, Long> out, Report.Builder report) {
        AnnotationValue value = Mirrors.explicit(mirror, "legacy");
        if (value == null) {
            return true;
        }
        boolean ok = true;
        for (AnnotationMirror entry : Mirrors.annotations(value)) {
            AnnotationValue number = Mirrors.explicit(entry, "number");
            AnnotationValue abis = Mirrors.explicit(entry, "abis");
            if (number == null || abis == null) {
                continue; // javac reports the missing value itself
            }
            long n = ((Number) number.getValue()).longValue();
            if (n < 0 || n > 0xffff_ffffL) {
                report.add(Message.IOCTL_LEGACY_RANGE, Position.of(type, mirror, value), name,
                        "0x" + Long.toHexString(n));
                ok = false;
                continue;
            }
            for (String abi : Mirrors.enumNames(abis)) {
                if (out.putIfAbsent(Abi.valueOf(abi), n) != null) {
                    report.add(Message.IOCTL_LEGACY_TWICE, Position.of(type, mirror, value), name,
                            abi);
                    ok = false;
                }
            }
        }
        return ok;
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
