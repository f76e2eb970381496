package org.abistruct.importer.model;

/**
 * An integer constant of a header: a {@code #define} or an enum constant, with its value.
 *
 * @param hex whether the header writes it in hexadecimal or as a shift: a mask or flag
 */
public record CConstant(String name, long value, boolean unsigned, String header, boolean hex) {}
