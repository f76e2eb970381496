package org.abistruct.processor.generate.json;

import java.util.List;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.Generator;
import org.abistruct.processor.plan.StructPlan;

/** The JSON output of a struct: its machine-readable layout report. */
public final class LayoutJsonGenerator implements Generator<StructPlan> {
    @Override
    public List<GeneratedFile> generate(StructPlan plan) {
        return List.of(new GeneratedFile.Resource(plan.reportPath(), LayoutJson.of(plan)));
    }
}
