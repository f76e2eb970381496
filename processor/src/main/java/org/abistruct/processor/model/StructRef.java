package org.abistruct.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A reference to another declared struct or union, by its Java name: the package and the
 * simple names from the outermost class to the record itself.
 */
public record StructRef(String packageName, List<String> simpleNames) implements CType {
    public StructRef {
        Objects.requireNonNull(packageName, "packageName");
        simpleNames = List.copyOf(simpleNames);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("no simple name");
        }
    }

    /** The canonical name, such as {@code com.example.KvmDirtyTlb}. */
    public String qualifiedName() {
        String nested = String.join(".", simpleNames);
        return packageName.isEmpty() ? nested : packageName + "." + nested;
    }
}
