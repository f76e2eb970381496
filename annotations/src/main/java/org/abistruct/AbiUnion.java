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

    /**
     * Whether the union has no tag in C: it is the type of members spelled
     * {@code union { ... } name;}, as {@code kvm_run}'s {@code io}. The headers of the
     * structs that declare such members define it inline and assert its members through their
     * paths ({@code offsetof(struct kvm_run, io.port)}); its own header asserts nothing, and
     * {@link #name()} only names it in messages and generated files.
     */
    boolean tagless() default false;

    /** The ABIs to lay the union out for; empty means every {@link Abi}. */
    Abi[] abis() default {};

    /**
     * What a layout that differs between a 32-bit user-space ABI and its 64-bit kernel ABI
     * means: an error ({@link Compat#IDENTICAL}) or a generated compat variant
     * ({@link Compat#GENERATE}). {@link Compat#DEFAULT} inherits from the package's
     * {@link AbiDefaults}, else IDENTICAL.
     */
    Compat compat() default Compat.DEFAULT;

    /**
     * How holes and tail padding no member covers are reported. {@link ImplicitPadding#DEFAULT}
     * inherits from the package's {@link AbiDefaults}, else a warning.
     */
    ImplicitPadding implicitPadding() default ImplicitPadding.DEFAULT;
}
