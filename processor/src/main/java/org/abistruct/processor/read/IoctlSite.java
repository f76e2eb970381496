package org.abistruct.processor.read;

import org.abistruct.processor.diag.Position;

/**
 * Where one {@code @Ioctl} was declared: the annotation and its name, type, nr, dir and arg
 * values (arg: the annotation where it is not written).
 */
public record IoctlSite(Position annotation, Position name, Position type, Position nr,
                        Position dir, Position arg) {}
