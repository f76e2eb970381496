package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a struct or union {@code __attribute__((packed))}, so its members get alignment 1. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Packed {}
