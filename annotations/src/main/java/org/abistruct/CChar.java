package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code byte} component C's {@code char}, and a {@code byte[]} one a {@code char} array:
 * a C string such as {@code char ifr_name[16]}. A one-dimensional array also gets
 * {@code get<Name>String} and {@code set<Name>String} accessors, which read up to the first NUL
 * and write the string's UTF-8 bytes NUL-terminated, zeroing the rest. Java's own {@code char}
 * is 16 bits ({@code uint16_t}), never a C {@code char}.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface CChar {}
