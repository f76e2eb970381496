package org.abistruct.processor.generate.cheader;

import java.util.List;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.plan.InterfacePlan;

/** The C output of an interface of ioctls: a header asserting each number per ABI. */
public final class IoctlsHeaderGenerator implements Generator<InterfacePlan> {
    @Override
    public List<GeneratedFile> generate(InterfacePlan plan) {
        return List.of(new GeneratedFile.Resource(plan.headerPath(),
                IoctlsHeaderWriter.header(plan)));
    }
}
