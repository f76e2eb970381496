package org.abistruct.importer.plan;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.abistruct.processor.read.SnakeCase;

/**
 * Java names for C names: {@code kvm_dirty_tlb} is the record {@code KvmDirtyTlb},
 * {@code num_dirty} the component {@code numDirty}. A name the processor would not spell back
 * into the same C name needs {@code @CName}.
 */
final class Names {
    /** Names a record component cannot take: {@code Object}'s methods, which records keep. */
    private static final Set<String> OBJECT_METHODS = Set.of("notify", "notifyAll", "wait",
            "getClass", "hashCode", "toString", "clone", "finalize", "equals");

    private Names() {}

    /** {@code kvm_dirty_tlb} as a type name, {@code KvmDirtyTlb}. */
    static String type(String cName) {
        String member = member(cName);
        return Character.toUpperCase(member.charAt(0)) + member.substring(1);
    }

    /** {@code v4l2_mpeg_vbi_ITV0} as a type name with its capitals, {@code V4l2MpegVbiITV0}. */
    static String typeKeepingCapitals(String cName) {
        StringBuilder out = new StringBuilder();
        for (String part : cName.split("_")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0)) ? "T" + out : out.toString();
    }

    /** {@code num_dirty} as a component name, {@code numDirty}; never a Java keyword. */
    static String member(String cName) {
        StringBuilder out = new StringBuilder();
        for (String part : cName.split("_")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(part.toUpperCase(Locale.ROOT))) {
                part = part.toLowerCase(Locale.ROOT);
            }
            if (out.length() == 0) {
                out.append(Character.toLowerCase(part.charAt(0))).append(part.substring(1));
            } else {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (out.length() == 0 || !Character.isJavaIdentifierStart(out.charAt(0))) {
            out.insert(0, "m");
        }
        String name = out.toString();
        return SourceVersion.isKeyword(name) || OBJECT_METHODS.contains(name) ? name + "_" : name;
    }

    /** Whether the processor derives {@code cName} from {@code javaName} itself. */
    static boolean spellsBack(String javaName, String cName) {
        return SnakeCase.of(javaName).equals(cName);
    }
}
