package org.abistruct.processor.read;

import org.abistruct.processor.diag.Position;

/** Where one {@code @ExpectSize} was declared: its {@code bytes} and {@code abis} values. */
public record ExpectSite(Position bytes, Position abis) {}
