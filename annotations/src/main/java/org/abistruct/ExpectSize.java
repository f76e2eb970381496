package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The declaration's own size assert: compiling fails when the computed size differs on any of
 * the named ABIs (empty: every ABI the struct selects).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ExpectSize.List.class)
public @interface ExpectSize {
    /** The expected {@code sizeof}, in bytes. */
    int bytes();

    /** The ABIs it applies to; empty means every ABI the struct selects. */
    Abi[] abis() default {};

    /** The container of repeated {@link ExpectSize} annotations. */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        ExpectSize[] value();
    }
}
