package org.abistruct.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.abistruct.Ioctl;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.layout.RandomDecls;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.junit.jupiter.api.Test;

/**
 * The names an ioctl may not take, against what the generator really emits: every method of
 * the layout records of many random structs, and every component (whose accessor is a method
 * too), is an accessor (a C string's included), a member's offset or layout component, the ioctl's own number, or on
 * the reserved list of {@link IoctlChecks}.
 */
class GeneratedNamesTest {
    private static final IoctlDecl IOCTL = new IoctlDecl("ABI_TEST", 0xAE, 0x01, Ioctl.Dir.WRITE);

    @Test
    void everyGeneratedNameIsAnAccessorOrReserved() {
        Decls random = RandomDecls.generate(11, 150);
        Set<String> unknown = new TreeSet<>();
        for (StructDecl decl : random.all()) {
            // As a release 22 compile writes them: with the MemorySegment members too.
            for (JavaFile file : GeneratedSources.records(
                    random.plan(decl, CompatPolicy.BUILT_IN, List.of(IOCTL)), true)) {
                List<String> names = new ArrayList<>();
                file.typeSpec().methodSpecs().forEach(m -> names.add(m.name()));
                // A record's components are the parameters of the constant's constructor.
                String source = file.toString();
                String header = source.substring(source.indexOf("public record "),
                        source.indexOf(" implements "));
                for (String parameter : header.substring(header.indexOf('(') + 1,
                        header.lastIndexOf(')')).split(",")) {
                    String[] words = parameter.trim().split("\\s+");
                    names.add(words[words.length - 1]);
                }
                Set<String> allowed = new HashSet<>(IoctlChecks.LAYOUT_METHODS);
                allowed.add(IOCTL.methodName());
                allowed.add(IOCTL.requestMethodName());
                addMemberNames(decl, random, new HashSet<>(), allowed);
                for (String name : names) {
                    if (!allowed.contains(name)) {
                        unknown.add(decl.cName() + "." + name);
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown, "generated names missing from IoctlChecks' lists");
    }

    /** The names each member gives, an anonymous member's own members included. */
    private static void addMemberNames(StructDecl decl, Decls random, Set<String> seen,
            Set<String> names) {
        if (!seen.add(decl.ref().qualifiedName())) {
            return;
        }
        for (Member m : decl.members()) {
            names.addAll(IoctlChecks.memberMethods(m.javaName()));
            if (m.cString()) {
                names.addAll(IoctlChecks.memberMethods(m.javaName() + "String"));
            }
            if (m.anonymous()) {
                addMemberNames(random.lookup().apply((StructRef) m.type()), random, seen, names);
            }
        }
    }
}
