package org.abistruct.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.abistruct.Ioctl;
import org.abistruct.processor.generate.AccessorGenerator;
import org.abistruct.processor.generate.LaidOutStruct;
import org.abistruct.processor.layout.Decls;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.RandomDecls;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.Test;

/**
 * The names an ioctl may not take, against what the generator really emits: every field and
 * method of the generated types of many random structs is an accessor, an offset constant, the
 * ioctl's own constant or method, or on the reserved lists of {@link IoctlChecks}.
 */
class GeneratedNamesTest {
    private static final IoctlDecl IOCTL = new IoctlDecl("ABI_TEST", 0xAE, 0x01, Ioctl.Dir.WRITE);

    @Test
    void everyGeneratedNameIsAnAccessorOrReserved() {
        Decls random = RandomDecls.generate(11, 150);
        LayoutEngine engine = new LayoutEngine(random.lookup());
        Set<String> unknown = new TreeSet<>();
        for (StructDecl decl : random.all()) {
            List<StructLayout> layouts = new ArrayList<>();
            decl.abis().forEach(abi -> layouts.add(engine.layout(decl, abi)));
            for (JavaFile file : AccessorGenerator.generate(
                    new LaidOutStruct(decl, layouts, List.of(IOCTL)))) {
                for (FieldSpec field : file.typeSpec().fieldSpecs()) {
                    String name = field.name();
                    if (!name.startsWith("OFFSET_") && !name.equals(IOCTL.name())
                            && !IoctlChecks.CLASS_CONSTANTS.contains(name)) {
                        unknown.add("field " + name);
                    }
                }
                for (MethodSpec method : file.typeSpec().methodSpecs()) {
                    String name = method.name();
                    if (!method.isConstructor() && !isAccessor(name)
                            && !name.equals(IOCTL.methodName())
                            && !IoctlChecks.LAYOUT_METHODS.contains(name)) {
                        unknown.add("method " + name);
                    }
                }
            }
        }
        assertEquals(Set.of(), unknown, "generated names missing from IoctlChecks' lists");
    }

    private static boolean isAccessor(String name) {
        return (name.startsWith("get") || name.startsWith("set")) && name.length() > 3
                && Character.isUpperCase(name.charAt(3));
    }
}
