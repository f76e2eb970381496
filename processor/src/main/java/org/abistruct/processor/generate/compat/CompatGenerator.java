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
    private final List<MemoryBackend> memories;

    /** A generator of converters with methods over each of {@code memories}, in that order. */
    public CompatGenerator(List<MemoryBackend> memories) {
        this.memories = List.copyOf(memories);
    }

    @Override
    public List<GeneratedFile> generate(StructPlan plan) {
        if (!plan.generatesConverter()) {
            return List.of();
        }
        return List.of(new GeneratedFile.JavaSource(plan.decl().ref().packageName(),
                CompatConverterWriter.write(plan, memories)));
    }
}
