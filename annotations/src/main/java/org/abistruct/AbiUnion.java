package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a record as a C union: every component starts at offset 0. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AbiUnion {
    /** The C tag; empty means the record's simple name in snake_case. */
    String name() default "";

    /** The ABIs to lay the union out for; empty means every {@link Abi}. */
    Abi[] abis() default {};
}
