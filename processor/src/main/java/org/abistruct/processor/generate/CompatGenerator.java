package org.abistruct.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;

/**
 * Turns the layouts of a struct declared {@code compat = GENERATE} into its compat converter
 * class, when it selects both ABIs of at least one compat pair.
 */
public final class CompatGenerator {
    private CompatGenerator() {}

    /**
     * The converter of {@code decl} under {@code policy}, given its layouts in Abi order and the
     * ioctls whose argument it is; none unless the policy generates and a pair is selected.
     */
    public static List<JavaFile> generate(StructDecl decl, List<StructLayout> layouts,
                                          CompatPolicy policy, List<IoctlDecl> ioctls) {
        if (!policy.generates() || CompatPair.within(decl.abis()).isEmpty()) {
            return List.of();
        }
        return List.of(SourceWriter.file(decl.ref().packageName(),
                CompatConverterWriter.write(decl, layouts, ioctls)));
    }
}
