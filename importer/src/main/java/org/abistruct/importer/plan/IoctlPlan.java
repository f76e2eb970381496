package org.abistruct.importer.plan;

import org.abistruct.Ioctl;

/** An {@code _IO*} macro as an {@code @Ioctl}: its type byte, number, direction and argument. */
public record IoctlPlan(String name, int type, int nr, Ioctl.Dir dir, Ioctl.Arg arg) {}
