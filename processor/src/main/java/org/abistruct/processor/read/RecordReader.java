package org.abistruct.processor.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;
import org.abistruct.Abi;
import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.ExpectSize;
import org.abistruct.Packed;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.model.ExpectedSize;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructDecl;

/**
 * Reads a type annotated {@code @AbiStruct} or {@code @AbiUnion} into a {@link Reading}: the
 * declaration with its source positions and its {@code @Ioctl}s, and what could not be read. The only place, with
 * {@link ComponentReader}, that looks at elements and annotation mirrors.
 */
public final class RecordReader {
    private final ComponentReader components;

    /** A reader; in the last round an unresolved component type is an error, not a wait. */
    public RecordReader(Types types, boolean lastRound) {
        this.components = new ComponentReader(types, lastRound);
    }

    /** Reads {@code type}, reporting every problem found rather than stopping at the first. */
    public Reading read(TypeElement type) {
        Report.Builder report = Report.builder();
        AnnotationMirror struct = Mirrors.find(type, AbiStruct.class);
        AnnotationMirror union = Mirrors.find(type, AbiUnion.class);
        AnnotationMirror kind = struct != null ? struct : union;
        String qualified = type.getQualifiedName().toString();
        if (type.getKind() != ElementKind.RECORD) {
            String annotation = struct != null ? "AbiStruct" : "AbiUnion";
            report.add(Message.NOT_RECORD, Position.of(type, kind), annotation, qualified,
                    describe(type.getKind()));
            return new Reading(type, null, report.build(), false);
        }
        if (struct != null && union != null) {
            report.add(Message.BOTH_KINDS, Position.of(type, union), qualified);
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.add(Message.GENERIC_RECORD, Position.of(type), qualified);
        }
        if (isPrivate(type)) {
            report.add(Message.PRIVATE_RECORD, Position.of(type), qualified);
        }
        Position record = Position.of(type);

        AnnotationValue nameValue = Mirrors.explicit(kind, "name");
        String cName = nameValue == null || ((String) nameValue.getValue()).isEmpty()
                ? SnakeCase.of(type.getSimpleName().toString())
                : (String) nameValue.getValue();
        Position cNameAt = nameValue == null ? record : Position.of(type, kind, nameValue);

        AnnotationValue abisValue = Mirrors.explicit(kind, "abis");
        Set<Abi> abis = abis(abisValue, Position.of(type, kind, abisValue), report);
        if (abis.isEmpty()) {
            abis = PolicyReader.defaultAbis(type);
        }
        boolean packed = Mirrors.find(type, Packed.class) != null;
        int align = Alignments.read(type, "record " + type.getSimpleName(), report);

        List<ExpectedSize> sizes = new ArrayList<>();
        List<ExpectSite> sizeSites = new ArrayList<>();
        for (AnnotationMirror expect
                : Mirrors.repeated(type, ExpectSize.class, ExpectSize.List.class)) {
            AnnotationValue bytes = Mirrors.explicit(expect, "bytes");
            AnnotationValue expectAbis = Mirrors.explicit(expect, "abis");
            Position abisAt = Position.of(type, expect, expectAbis);
            sizes.add(new ExpectedSize(((Number) bytes.getValue()).longValue(),
                    abis(expectAbis, abisAt, report)));
            sizeSites.add(new ExpectSite(Position.of(type, expect, bytes), abisAt));
        }

        List<Member> members = new ArrayList<>();
        List<MemberSite> sites = new ArrayList<>();
        boolean waiting = false;
        List<? extends RecordComponentElement> all = type.getRecordComponents();
        for (int i = 0; i < all.size(); i++) {
            ComponentReader.Result result = components.read(all.get(i), i, report);
            waiting |= result.waiting();
            if (result.member() != null) {
                members.add(result.member());
                sites.add(result.site());
            }
        }
        AnnotationValue taglessValue = Mirrors.explicit(kind, "tagless");
        boolean tagless = taglessValue != null && (Boolean) taglessValue.getValue();
        StructDecl decl = new StructDecl(StructRefs.of(type), cName, struct == null, packed, align,
                abis, members, sizes, tagless);
        IoctlReader.Result ioctls = IoctlReader.read(type, report);
        Declaration declaration = new Declaration(decl, type, record, cNameAt, sites, sizeSites,
                all.size(), ioctls.ioctls(), ioctls.sites(), PolicyReader.read(type));
        return new Reading(type, declaration, report.build(), waiting);
    }

    /** The ABIs an {@code abis} value lists, reporting each one listed twice. */
    private static Set<Abi> abis(AnnotationValue value, Position at, Report.Builder report) {
        Set<Abi> abis = EnumSet.noneOf(Abi.class);
        Set<String> reported = new HashSet<>();
        for (String name : Mirrors.enumNames(value)) {
            Abi abi = Abi.valueOf(name);
            if (!abis.add(abi) && reported.add(name)) {
                report.add(Message.DUPLICATE_ABI, at, name);
            }
        }
        return abis;
    }

    private static String describe(ElementKind kind) {
        switch (kind) {
            case INTERFACE:
                return "an interface";
            case ENUM:
                return "an enum";
            case ANNOTATION_TYPE:
                return "an annotation type";
            default:
                return "a class";
        }
    }

    /** Whether {@code type} or a type enclosing it is private. */
    private static boolean isPrivate(Element type) {
        for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE;
                e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }
}
