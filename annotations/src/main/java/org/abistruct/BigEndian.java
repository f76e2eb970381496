package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an integer component, or an integer array's elements, big-endian on every ABI, as
 * the kernel's {@code __be16}, {@code __be32} and {@code __be64} are: the accessors take
 * and give the value itself and do the swapping.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface BigEndian {}
