package org.abistruct.importer.plan;

import java.util.List;
import org.abistruct.importer.model.CConstant;

/** The integer constants of one header, as a class of {@code static final} fields. */
public record ConstantsPlan(String className, String header, List<CConstant> constants) {
    public ConstantsPlan {
        constants = List.copyOf(constants);
    }
}
