package org.abistruct.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A plain interface that groups argument-less ioctl commands ({@code _IO}): its Java name, the
 * snake_case name of its C header, and its commands in declaration order.
 *
 * @param simpleNames the simple names from the outermost type to the interface itself
 * @param cName the interface's name in snake_case, such as {@code kvm} for {@code Kvm}
 */
public record IoctlInterface(
        String packageName, List<String> simpleNames, String cName, List<IoctlDecl> ioctls) {

    public IoctlInterface {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(cName, "cName");
        simpleNames = List.copyOf(simpleNames);
        ioctls = List.copyOf(ioctls);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("no simple name");
        }
    }

    /** The canonical name, such as {@code com.example.Kvm}. */
    public String qualifiedName() {
        String nested = String.join(".", simpleNames);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }
}
