package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an integer component ({@code byte}, {@code short}, {@code int} or {@code long}, signed
 * or {@link Unsigned}) a C bitfield of {@code value} bits on that fixed-width type, such as
 * {@code __u8 dst_reg:4}. It is laid out as GCC lays it on each ABI; its accessors read it
 * zero- or sign-extended and refuse a value that does not fit.
 *
 * <p>A bitfield with {@code named = false}, and every one of width 0, is C's unnamed bitfield
 * ({@code __u32 :3;}, {@code int :0;}): it only places the members after it. It has no
 * accessors, reads as 0, and {@code write} zeroes its bits and refuses any other value.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Bits {
    /** The width in bits: 0 up to the bits of the component's type. */
    int value();

    /** Whether the bitfield has a name in C; false for padding such as {@code __u32 :3;}. */
    boolean named() default true;
}
