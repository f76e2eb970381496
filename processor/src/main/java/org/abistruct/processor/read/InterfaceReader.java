package org.abistruct.processor.read;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import org.abistruct.Ioctl;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.IoctlInterface;
import org.abistruct.processor.model.StructRef;

/**
 * Reads a type that carries {@code @Ioctl} without being a struct or union: a plain interface
 * (not generic, top-level or nested) becomes the group of its argument-less
 * commands; anything else is reported.
 */
public final class InterfaceReader {
    private InterfaceReader() {}

    /** Reads {@code type}, a type with {@code @Ioctl} and without {@code @AbiStruct}/{@code @AbiUnion}. */
    public static InterfaceDeclaration read(TypeElement type) {
        Report.Builder report = Report.builder();
        String wrong = wrongKind(type);
        if (wrong != null) {
            report.add(Message.IOCTL_WRONG_TARGET, Position.of(type, annotation(type)),
                    type.getQualifiedName(), wrong);
            return new InterfaceDeclaration(type, null, List.of(), report.build());
        }
        IoctlReader.Result ioctls = IoctlReader.read(type, report);
        StructRef ref = StructRefs.of(type);
        String cName = ref.simpleNames().stream().map(SnakeCase::of).collect(Collectors.joining("_"));
        IoctlInterface decl = new IoctlInterface(ref.packageName(), ref.simpleNames(), cName,
                ioctls.ioctls());
        return new InterfaceDeclaration(type, decl, ioctls.sites(), report.build());
    }

    /** Why {@code type} cannot group commands, as "a class" and the like; null when it can. */
    private static String wrongKind(TypeElement type) {
        switch (type.getKind()) {
            case INTERFACE:
                break;
            case RECORD:
                return "a record without @AbiStruct or @AbiUnion";
            case ENUM:
                return "an enum";
            case ANNOTATION_TYPE:
                return "an annotation type";
            default:
                return "a class";
        }
        // Local types never reach a processor, so a member interface is the only nested kind.
        return type.getTypeParameters().isEmpty() ? null : "a generic interface";
    }

    private static AnnotationMirror annotation(TypeElement type) {
        AnnotationMirror single = Mirrors.find(type, Ioctl.class);
        return single != null ? single : Mirrors.find(type, Ioctl.List.class);
    }
}
