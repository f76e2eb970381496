package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a record as a C struct. Its components are the struct's members, in order.
 *
 * <pre>{@code
 * @AbiStruct(name = "kvm_config_tlb")
 * public record KvmConfigTlb(@Unsigned long params, @Unsigned long array,
 *                            @Unsigned int mmuType, @Unsigned int arrayLen) {}
 * }</pre>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AbiStruct {
    /** The C tag; empty means the record's simple name in snake_case. */
    String name() default "";

    /**
     * Whether the struct has no tag in C: it is the type of members spelled
     * {@code struct { ... } name;}, as {@code kvm_run}'s {@code io}. The headers of the
     * structs that declare such members define it inline and assert its members through their
     * paths ({@code offsetof(struct kvm_run, io.port)}); its own header asserts nothing, and
     * {@link #name()} only names it in messages and generated files.
     */
    boolean tagless() default false;

    /** The ABIs to lay the struct out for; empty means every {@link Abi}. */
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
