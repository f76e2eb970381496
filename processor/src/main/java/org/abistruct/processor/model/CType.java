package org.abistruct.processor.model;

/** The C type of a member: a scalar, an array, or an embedded struct or union. */
public sealed interface CType permits Scalar, ArrayType, StructRef {}
