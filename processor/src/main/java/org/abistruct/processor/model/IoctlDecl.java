package org.abistruct.processor.model;

import java.util.Objects;
import java.util.regex.Pattern;
import org.abistruct.Ioctl;

/**
 * A declared ioctl command: its C macro name, type byte, number and direction. The argument
 * size is not part of it; it comes from the layout of the struct the command is declared on.
 */
public record IoctlDecl(String name, int type, int nr, Ioctl.Dir dir) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public IoctlDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("ioctl name is not a C identifier: " + name);
        }
        if (type < 0 || type > 0xff) {
            throw new IllegalArgumentException(name + ": type " + type + " is not a byte");
        }
        if (nr < 0 || nr > 0xff) {
            throw new IllegalArgumentException(name + ": nr " + nr + " is not a byte");
        }
    }

    /** The C macro that builds the number: {@code _IO}, {@code _IOR}, {@code _IOW} or {@code _IOWR}. */
    public String macro() {
        return switch (dir) {
            case NONE -> "_IO";
            case READ -> "_IOR";
            case WRITE -> "_IOW";
            case READ_WRITE -> "_IOWR";
        };
    }
}
