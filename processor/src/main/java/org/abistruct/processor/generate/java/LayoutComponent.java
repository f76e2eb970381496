package org.abistruct.processor.generate.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.abistruct.processor.plan.AbiPlan;

/**
 * One component of a layout record: its name, type and Javadoc, and how to spell its value
 * under one ABI, so that the record's header and each ABI's constant agree by construction.
 * A value that follows from the ABI alone (the ABI, its byte order, an embedded struct's layout)
 * also has {@code fromAbi}, its spelling from a parameter {@code abi}; else that is null.
 */
record LayoutComponent(String name, TypeName type, String javadoc,
                       Function<AbiPlan, CodeBlock> value, Supplier<CodeBlock> fromAbi) {
    LayoutComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(javadoc, "javadoc");
        Objects.requireNonNull(value, "value");
    }

    /** A component whose value is a number of the ABI's layout. */
    LayoutComponent(String name, TypeName type, String javadoc,
                    Function<AbiPlan, CodeBlock> value) {
        this(name, type, javadoc, value, null);
    }
}
