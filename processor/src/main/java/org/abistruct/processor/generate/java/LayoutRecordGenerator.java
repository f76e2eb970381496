package org.abistruct.processor.generate.java;

import java.util.List;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.plan.StructPlan;

/** The Java output of a struct: its layout record, with accessors over each memory backend. */
public final class LayoutRecordGenerator implements Generator<StructPlan> {
    private final List<MemoryBackend> backends;

    /** A generator writing accessors over each of {@code backends}, in that order. */
    public LayoutRecordGenerator(List<MemoryBackend> backends) {
        this.backends = List.copyOf(backends);
    }

    @Override
    public List<GeneratedFile> generate(StructPlan plan) {
        return List.of(new GeneratedFile.JavaSource(plan.decl().ref().packageName(),
                LayoutRecordWriter.write(plan, backends)));
    }
}
