package org.abistruct.processor.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.SourceVersion;
import org.abistruct.Abi;
import org.abistruct.Ioctl;
import org.abistruct.processor.diag.Message;
import org.abistruct.processor.diag.Report;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.AbiPlan;
import org.abistruct.processor.plan.StructPlan;
import org.abistruct.processor.read.Declaration;
import org.abistruct.processor.read.IoctlSite;

/**
 * Checks the ioctls declared on a struct: C names, one declaration per name, a direction with
 * an argument, generated Java names that collide with nothing, and, once laid out, an argument
 * that fits each ABI's size field.
 */
final class IoctlChecks {
    /**
     * Methods of a layout record ({@code sizeWith} where it ends in a flexible array member,
     * {@code like} where ABIs share numbers, {@code memoryLayoutX86_64} on JDK 22 and later)
     * and of {@code Object}, besides the
     * get/set accessors and the components each member gives (a test checks this list against
     * the generator's output).
     */
    static final Set<String> LAYOUT_METHODS = layoutMethods();

    private IoctlChecks() {}

    private static Set<String> layoutMethods() {
        Set<String> names = new HashSet<>(Set.of("of", "abi", "size", "alignment", "like",
                "bigEndian", "wordSize", "describe", "padding", "cName", "offsets",
                "compatReport", "read", "write", "validate", "elementOffset", "sizeWith",
                "memoryLayout", "allocate", "at", "allocateArray", "getClass", "hashCode",
                "equals", "clone", "toString", "notify", "notifyAll", "wait", "finalize"));
        for (Abi abi : Abi.values()) {
            names.add("memoryLayout" + abi.name());
        }
        return Set.copyOf(names);
    }

    /**
     * The names a layout record may give a member named {@code javaName}: its accessors, a
     * union's writer of it, and its offset and layout components.
     */
    static List<String> memberMethods(String javaName) {
        String capitalized = NameChecks.capitalize(javaName);
        return List.of("get" + capitalized, "set" + capitalized, "write" + capitalized,
                javaName + "Offset", javaName + "Bit", javaName + "Layout");
    }

    /** The problems of the ioctls of {@code d} that need no layout. */
    static Report check(Declaration d, Function<StructRef, Declaration> lookup) {
        Report.Builder report = Report.builder();
        StructDecl decl = d.decl();
        String owner = decl.cType();
        names(d.ioctls(), d.ioctlSites(), owner, report);
        Map<String, String> methods = new HashMap<>();
        for (String name : LAYOUT_METHODS) {
            methods.put(name, "every layout declares");
        }
        for (NameChecks.Entry e : NameChecks.entries(d, lookup)) {
            String by = "component '" + e.shown() + "' generates";
            memberMethods(e.javaName()).forEach(name -> methods.putIfAbsent(name, by));
        }
        for (int i = 0; i < d.ioctls().size(); i++) {
            IoctlDecl ioctl = d.ioctls().get(i);
            IoctlSite site = d.ioctlSites().get(i);
            if (ioctl.dir() == Ioctl.Dir.NONE) {
                report.add(Message.IOCTL_NONE_ON_STRUCT, site.dir(), ioctl.name(), owner,
                        decl.keyword());
            }
            if (decl.tagless()) {
                report.add(Message.IOCTL_ON_TAGLESS, site.name(), ioctl.name(), owner);
            }
            if (ioctl.arg() != Ioctl.Arg.STRUCT) {
                report.add(Message.IOCTL_SCALAR_ON_STRUCT, site.arg(), ioctl.name(), ioctl.arg(),
                        owner, decl.keyword());
            }
        }
        methods(d.ioctls(), d.ioctlSites(), methods, report);
        return report.build();
    }

    /** The ioctls of {@code d} whose argument does not fit the size field of an ABI. */
    static Report encodings(Declaration d, StructPlan plan) {
        Report.Builder report = Report.builder();
        for (int i = 0; i < d.ioctls().size(); i++) {
            IoctlDecl ioctl = d.ioctls().get(i);
            if (ioctl.dir() == Ioctl.Dir.NONE) {
                continue; // reported on its own
            }
            for (AbiPlan abi : plan.abis()) {
                IoctlNumber number = abi.ioctlNumbers().get(i);
                if (!number.fits()) {
                    report.add(Message.IOCTL_TOO_LARGE, d.ioctlSites().get(i).annotation(),
                            number.problem(), d.decl().keyword(), number.maxArgumentSize());
                }
            }
        }
        return report.build();
    }

    /** C keywords and names declared twice. */
    static void names(List<IoctlDecl> ioctls, List<IoctlSite> sites, String owner,
            Report.Builder report) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < ioctls.size(); i++) {
            String name = ioctls.get(i).name();
            if (CIdentifiers.isKeyword(name)) {
                report.add(Message.IOCTL_KEYWORD, sites.get(i).name(), name);
            }
            if (!seen.add(name) && reported.add(name)) {
                report.add(Message.IOCTL_DUPLICATE_NAME, sites.get(i).name(), name, owner);
            }
        }
    }

    /**
     * Generated method names that are no Java names, or that something in {@code taken} (name
     * to who generates it) or an earlier ioctl already generates. Names declared twice are
     * reported as such, not again here.
     */
    static void methods(List<IoctlDecl> ioctls, List<IoctlSite> sites, Map<String, String> taken,
            Report.Builder report) {
        Map<String, String> byIoctl = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ioctls.size(); i++) {
            IoctlDecl ioctl = ioctls.get(i);
            if (!names.add(ioctl.name())) {
                continue;
            }
            String method = ioctl.methodName();
            if (!SourceVersion.isName(method)) {
                report.add(Message.IOCTL_NAME_COLLISION, sites.get(i).name(), ioctl.name(),
                        "method name", method, "is not a Java identifier");
                continue;
            }
            // Each command also gives <method>Request(), its number as an unsigned long.
            for (String name : List.of(method, ioctl.requestMethodName())) {
                String earlier = taken.get(name);
                if (earlier == null && byIoctl.containsKey(name)) {
                    earlier = "@Ioctl " + byIoctl.get(name) + " generates";
                }
                if (earlier != null) {
                    report.add(Message.IOCTL_NAME_COLLISION, sites.get(i).name(), ioctl.name(),
                            "method", name + "()", earlier + " too");
                    break;
                }
            }
            byIoctl.putIfAbsent(method, ioctl.name());
            byIoctl.putIfAbsent(ioctl.requestMethodName(), ioctl.name());
        }
    }
}
