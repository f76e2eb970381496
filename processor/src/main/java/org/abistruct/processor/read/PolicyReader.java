package org.abistruct.processor.read;

import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import org.abistruct.Abi;
import org.abistruct.AbiDefaults;
import org.abistruct.AbiStruct;
import org.abistruct.AbiUnion;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.model.CompatPolicy;

/**
 * Resolves a record's policies and default ABIs: the record's own attribute when it is set, else
 * the {@code @AbiDefaults} of its package ({@code package-info.java}), else the built-in
 * default (every ABI, {@code IDENTICAL}, {@code WARN}).
 */
final class PolicyReader {
    private PolicyReader() {}

    /** The resolved policy of {@code type} and where its diagnostics point. */
    static PolicySite read(TypeElement type) {
        AnnotationMirror own = Mirrors.find(type, AbiStruct.class);
        if (own == null) {
            own = Mirrors.find(type, AbiUnion.class);
        }
        AnnotationMirror defaults = packageDefaults(type);
        AnnotationValue ownCompat = set(Mirrors.explicit(own, "compat"));
        AnnotationValue ownPadding = set(Mirrors.explicit(own, "implicitPadding"));
        AnnotationValue compat = ownCompat != null ? ownCompat
                : set(Mirrors.explicit(defaults, "compat"));
        AnnotationValue padding = ownPadding != null ? ownPadding
                : set(Mirrors.explicit(defaults, "implicitPadding"));
        CompatPolicy policy = new CompatPolicy(
                compat == null ? CompatPolicy.BUILT_IN.compat() : Compat.valueOf(name(compat)),
                padding == null ? CompatPolicy.BUILT_IN.implicitPadding()
                        : ImplicitPadding.valueOf(name(padding)));
        Position annotation = Position.of(type, own);
        AnnotationValue notes = Mirrors.explicit(defaults, "notes");
        return new PolicySite(policy, annotation,
                ownCompat == null ? annotation : Position.of(type, own, ownCompat),
                ownPadding == null ? annotation : Position.of(type, own, ownPadding),
                notes == null || Boolean.TRUE.equals(notes.getValue()));
    }

    /** The ABIs the package of {@code type} selects by default; every ABI when it names none. */
    static Set<Abi> defaultAbis(TypeElement type) {
        Set<Abi> abis = EnumSet.noneOf(Abi.class);
        for (String name : Mirrors.enumNames(Mirrors.explicit(packageDefaults(type), "abis"))) {
            abis.add(Abi.valueOf(name));
        }
        return abis.isEmpty() ? EnumSet.allOf(Abi.class) : abis;
    }

    /** The {@code @AbiDefaults} of the package enclosing {@code type}, or null. */
    private static AnnotationMirror packageDefaults(TypeElement type) {
        Element e = type;
        while (e != null && !(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return e == null ? null : Mirrors.find(e, AbiDefaults.class);
    }

    /** {@code value} unless it names the enum's {@code DEFAULT}, which means not set. */
    private static AnnotationValue set(AnnotationValue value) {
        return value == null || name(value).equals("DEFAULT") ? null : value;
    }

    private static String name(AnnotationValue value) {
        return Mirrors.enumNames(value).get(0);
    }
}
