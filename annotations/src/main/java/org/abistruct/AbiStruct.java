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
