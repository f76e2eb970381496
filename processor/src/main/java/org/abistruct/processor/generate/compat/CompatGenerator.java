package org.abistruct.processor.generate.compat;

import java.util.List;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.plan.StructPlan;

/**
 * The compat output of a struct declared {@code compat = GENERATE} that selects both ABIs of at
 * least one compat pair: its converter class.
 */
public final class CompatGenerator implements Generator<StructPlan> {
    private final MemoryBackend memory;

    /** A generator of converters over the memory of {@code memory}. */
    public CompatGenerator(MemoryBackend memory) {
        this.memory = memory;
    }

    @Override
    public List<GeneratedFile> generate(StructPlan plan) {
        if (!plan.generatesConverter()) {
            return List.of();
        }
        return List.of(new GeneratedFile.JavaSource(plan.decl().ref().packageName(),
                CompatConverterWriter.write(plan, memory)));
    }
}
