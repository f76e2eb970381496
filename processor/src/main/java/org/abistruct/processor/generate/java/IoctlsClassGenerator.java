package org.abistruct.processor.generate.java;

import java.util.List;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.plan.InterfacePlan;

/** The Java output of an interface of ioctls: its class of numbers per ABI. */
public final class IoctlsClassGenerator implements Generator<InterfacePlan> {
    private final boolean foreign;

    /** A generator adding the numbers as {@code unsigned long} requests with {@code foreign}. */
    public IoctlsClassGenerator(boolean foreign) {
        this.foreign = foreign;
    }

    @Override
    public List<GeneratedFile> generate(InterfacePlan plan) {
        return List.of(new GeneratedFile.JavaSource(plan.decl().packageName(),
                IoctlsClassWriter.write(plan, foreign)));
    }
}
