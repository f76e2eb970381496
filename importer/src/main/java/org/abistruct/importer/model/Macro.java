package org.abistruct.importer.model;

/** An object-like {@code #define} of a header, as the preprocessor saw it. */
public record Macro(String name, String body, String header) {}
