package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an integer component, or an integer array's elements, little-endian on every ABI, as
 * the kernel's {@code __le16}, {@code __le32} and {@code __le64} are: the accessors take
 * and give the value itself and do the swapping.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface LittleEndian {}
