package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructDecl;

/** Turns one struct's layouts into Java sources: its layout interface and one class per ABI. */
public final class AccessorGenerator {
    private AccessorGenerator() {}

    /**
     * The Java files for {@code decl}, given its layouts in {@link org.abistruct.Abi} order:
     * the layout interface first, then the class of each ABI.
     */
    public static List<JavaFile> generate(StructDecl decl, List<StructLayout> layouts) {
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException(decl.cName() + " has no layout");
        }
        String packageName = decl.ref().packageName();
        List<JavaFile> files = new ArrayList<>();
        String compatReport = CompatReportText.of(decl, layouts);
        files.add(SourceWriter.file(packageName, LayoutInterfaceWriter.write(decl, layouts)));
        for (StructLayout layout : layouts) {
            if (!layout.decl().equals(decl)) {
                throw new IllegalArgumentException("a layout of " + layout.decl().cName()
                        + " given for " + decl.cName());
            }
            files.add(SourceWriter.file(packageName, AbiClassWriter.write(layout, compatReport)));
        }
        return files;
    }
}
