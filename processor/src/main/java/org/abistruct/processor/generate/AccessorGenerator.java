package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.StructDecl;

/** Turns one struct's layouts into Java sources: its layout interface and one class per ABI. */
public final class AccessorGenerator {
    private AccessorGenerator() {}

    /** The Java files for {@code decl}, given its layouts in {@link org.abistruct.Abi} order. */
    public static List<JavaFile> generate(StructDecl decl, List<StructLayout> layouts) {
        return List.of(); // replaced by the generator
    }
}
