package org.abistruct.processor.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.abistruct.Abi;
import org.abistruct.Ioctl;

/**
 * A declared ioctl command: its C macro name, type byte, number, direction, the C type of a
 * scalar argument ({@link Ioctl.Arg#STRUCT} for the struct it is declared on, or none), and the
 * numbers the kernel fixes on some ABIs instead of encoding them. The argument's size is not
 * part of it: it comes from the layout of the struct, or the ABI's size of the scalar.
 */
public record IoctlDecl(String name, int type, int nr, Ioctl.Dir dir, Ioctl.Arg arg,
                        Map<Abi, Long> legacy) {
    /** A command whose argument is the struct it is declared on, with no legacy number. */
    public IoctlDecl(String name, int type, int nr, Ioctl.Dir dir) {
        this(name, type, nr, dir, Ioctl.Arg.STRUCT, Map.of());
    }

    public IoctlDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(arg, "arg");
        legacy = legacy.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(legacy));
        for (long number : legacy.values()) {
            if (number < 0 || number > 0xffff_ffffL) {
                throw new IllegalArgumentException(name + ": legacy number " + number
                        + " is not 32 bits");
            }
        }
        if (!isMacroName(name)) {
            throw new IllegalArgumentException("ioctl name is not a C identifier: " + name);
        }
        if (type < 0 || type > 0xff) {
            throw new IllegalArgumentException(name + ": type " + type + " is not a byte");
        }
        if (nr < 0 || nr > 0xff) {
            throw new IllegalArgumentException(name + ": nr " + nr + " is not a byte");
        }
    }

    /** Whether {@code name} can name the command: a C identifier, keywords aside. */
    public static boolean isMacroName(String name) {
        return CSpelling.isIdentifier(name);
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

    /**
     * The macro call that defines the number in C, such as
     * {@code _IOW(0xAE, 0xaa, struct kvm_dirty_tlb)}; {@code argument} is the C type of the
     * argument, ignored for {@code _IO}.
     */
    public String macroCall(String argument) {
        return macro() + String.format(Locale.ROOT, "(0x%02X, 0x%02x", type, nr)
                + (dir == Ioctl.Dir.NONE ? "" : ", " + (arg == Ioctl.Arg.STRUCT ? argument
                        : arg.cType())) + ")";
    }

    /**
     * The Java method that returns the number as {@code ioctl}'s {@code unsigned long} request,
     * where {@code java.lang.foreign} calls it: {@code kvmGetApiVersionRequest}.
     */
    public String requestMethodName() {
        return methodName() + "Request";
    }

    /**
     * The Java method that returns the number: the name in lower camel case, words split at
     * '_' ({@code KVM_GET_API_VERSION} is {@code kvmGetApiVersion}). Empty for a name of
     * underscores only.
     */
    public String methodName() {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            out.append(out.length() == 0 ? lower
                    : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return out.toString();
    }
}
