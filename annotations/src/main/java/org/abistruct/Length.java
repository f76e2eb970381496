package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The dimensions of an array component: {@code @Length(4) int[] a} is {@code int32_t a[4]},
 * {@code @Length({2, 3}) short[][] m} is {@code int16_t m[2][3]}. {@code @Length(0)} on the last
 * component is a flexible array member.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT})
public @interface Length {
    /** One length per array dimension, outermost first. */
    int[] value();
}
