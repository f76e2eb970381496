package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.List;

/** Turns one struct's layouts into Java source: its layout record, one file a struct. */
public final class AccessorGenerator {
    private AccessorGenerator() {}

    /** The Java file of {@code struct}: its layout record. */
    public static List<JavaFile> generate(LaidOutStruct struct) {
        String compatReport = CompatReportText.of(struct.decl(), struct.layouts());
        return List.of(LayoutRecordWriter.write(struct, compatReport));
    }
}
