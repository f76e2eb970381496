package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code __attribute__((aligned(n)))}: on a component, raises that member's alignment to at
 * least {@code n}; on a record, raises the type's alignment.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Align {
    /** The alignment in bytes, a power of two. */
    int value();
}
