package org.abistruct.processor.generate.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Objects;
import java.util.function.Function;
import org.abistruct.processor.plan.AbiPlan;

/**
 * One component of a layout record: its name, type and Javadoc, and how to spell its value
 * under one ABI, so that the record's header and each ABI's constant agree by construction.
 */
record LayoutComponent(String name, TypeName type, String javadoc,
                       Function<AbiPlan, CodeBlock> value) {
    LayoutComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javadoc, "javadoc");
        Objects.requireNonNull(value, "value");
    }
}
