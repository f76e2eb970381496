package org.abistruct.processor.read;

import org.abistruct.processor.diag.Position;

/**
 * Where one member was declared: its component (index among all components) and the values
 * that named its C name and length, each falling back to the component when not written.
 */
public record MemberSite(int componentIndex, Position component, Position cName, Position length) {}
