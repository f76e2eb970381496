package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.layout.StructLayout;

/**
 * Turns one struct's layouts into Java sources: its layout interface, one class per ABI, then
 * one implementation class per group of ABIs sharing their accessor code.
 */
public final class AccessorGenerator {
    private AccessorGenerator() {}

    /**
     * The Java files of {@code struct}: the layout interface first, then the class of each ABI,
     * then the shared implementations.
     */
    public static List<JavaFile> generate(LaidOutStruct struct) {
        String packageName = struct.decl().ref().packageName();
        List<JavaFile> files = new ArrayList<>();
        String compatReport = CompatReportText.of(struct.decl(), struct.layouts());
        files.add(SourceWriter.file(packageName, LayoutInterfaceWriter.write(struct, compatReport)));
        List<ImplementationGroup> groups = ImplementationGroup.of(struct.layouts());
        for (StructLayout layout : struct.layouts()) {
            files.add(SourceWriter.file(packageName, AbiClassWriter.write(layout,
                    ImplementationGroup.containing(groups, layout), struct.ioctls())));
        }
        for (ImplementationGroup group : groups) {
            if (group.shared()) {
                files.add(SourceWriter.file(packageName, ImplementationWriter.write(group)));
            }
        }
        return files;
    }
}
