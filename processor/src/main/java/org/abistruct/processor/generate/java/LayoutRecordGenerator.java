package org.abistruct.processor.generate.java;

import java.util.List;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.generate.memory.MemoryBackend;
import org.abistruct.processor.plan.StructPlan;

/**
 * The Java output of a struct: its layout record, with accessors over each memory backend and,
 * for a compile that has {@code java.lang.foreign}, the struct's memory layouts and allocation.
 */
public final class LayoutRecordGenerator implements Generator<StructPlan> {
    private final List<MemoryBackend> backends;
    private final boolean foreign;

    /**
     * A generator writing accessors over each of {@code backends}, in that order, and with
     * {@code foreign} the {@code java.lang.foreign} members.
     */
    public LayoutRecordGenerator(List<MemoryBackend> backends, boolean foreign) {
        this.backends = List.copyOf(backends);
        this.foreign = foreign;
    }

    @Override
    public List<GeneratedFile> generate(StructPlan plan) {
        return List.of(new GeneratedFile.JavaSource(plan.decl().ref().packageName(),
                LayoutRecordWriter.write(plan, backends, foreign)));
    }
}
