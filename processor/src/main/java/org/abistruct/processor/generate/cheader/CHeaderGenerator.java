package org.abistruct.processor.generate.cheader;

import java.util.List;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.plan.StructPlan;

/** The C output of a struct: its header of definitions and {@code _Static_assert}s. */
public final class CHeaderGenerator implements Generator<StructPlan> {
    @Override
    public List<GeneratedFile> generate(StructPlan plan) {
        return List.of(new GeneratedFile.Resource(plan.headerPath(), CHeaderWriter.header(plan)));
    }
}
