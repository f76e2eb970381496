package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Defaults for every {@link AbiStruct} and {@link AbiUnion} record of a package, declared on
 * its {@code package-info.java}. A record's own attribute wins; one left unset here falls back
 * to the built-in default (every ABI, {@link Compat#IDENTICAL}, {@link ImplicitPadding#WARN}).
 *
 * <pre>{@code
 * @AbiDefaults(abis = {Abi.X86_64, Abi.I386}, compat = Compat.GENERATE)
 * package com.example.uapi;
 * }</pre>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface AbiDefaults {
    /** The ABIs of records whose own {@code abis} is empty; empty means every {@link Abi}. */
    Abi[] abis() default {};

    /** The compat policy of records that leave theirs at {@link Compat#DEFAULT}. */
    Compat compat() default Compat.DEFAULT;

    /** The padding policy of records that leave theirs at {@link ImplicitPadding#DEFAULT}. */
    ImplicitPadding implicitPadding() default ImplicitPadding.DEFAULT;

    /**
     * Whether the processor prints its notes on the package's records (what a {@code GENERATE}
     * struct's compat variant converts, alignment-only differences); errors and warnings are
     * printed regardless. {@code -Aabistruct.quiet} turns notes off for a whole compile.
     */
    boolean notes() default true;
}
