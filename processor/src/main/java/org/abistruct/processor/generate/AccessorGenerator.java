package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import org.abistruct.processor.layout.StructLayout;

/**
 * Turns one struct's layouts into Java source: its layout interface, one class per ABI, and
 * one implementation class per group of ABIs sharing their accessor code, nested in it.
 */
public final class AccessorGenerator {
    private AccessorGenerator() {}

    /**
     * The Java file of {@code struct}: its layout interface, in which the class of each ABI and
     * the implementations that ABIs share are nested, so that a struct is one file.
     */
    public static List<JavaFile> generate(LaidOutStruct struct) {
        String packageName = struct.decl().ref().packageName();
        String compatReport = CompatReportText.of(struct.decl(), struct.layouts());
        TypeSpec.Builder layout = LayoutInterfaceWriter.write(struct, compatReport).toBuilder();
        List<ImplementationGroup> groups = ImplementationGroup.of(struct.layouts());
        for (StructLayout abi : struct.layouts()) {
            layout.addType(AbiClassWriter.write(abi, ImplementationGroup.containing(groups, abi),
                    struct.ioctls()));
        }
        for (ImplementationGroup group : groups) {
            if (group.shared()) {
                layout.addType(ImplementationWriter.write(group));
            }
        }
        return List.of(SourceWriter.file(packageName, layout.build()));
    }
}
