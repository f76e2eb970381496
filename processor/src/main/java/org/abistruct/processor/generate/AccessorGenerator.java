package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.layout.StructLayout;

/** Turns one struct's layouts into Java sources: its layout interface and one class per ABI. */
public final class AccessorGenerator {
    private AccessorGenerator() {}

    /** The Java files of {@code struct}: the layout interface first, then the class of each ABI. */
    public static List<JavaFile> generate(LaidOutStruct struct) {
        String packageName = struct.decl().ref().packageName();
        List<JavaFile> files = new ArrayList<>();
        String compatReport = CompatReportText.of(struct.decl(), struct.layouts());
        files.add(SourceWriter.file(packageName, LayoutInterfaceWriter.write(struct)));
        for (StructLayout layout : struct.layouts()) {
            files.add(SourceWriter.file(packageName,
                    AbiClassWriter.write(layout, struct.ioctls(), compatReport)));
        }
        return files;
    }
}
