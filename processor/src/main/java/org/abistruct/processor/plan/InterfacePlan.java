package org.abistruct.processor.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.abistruct.Abi;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.model.IoctlInterface;

/**
 * An interface of argument-less ioctls, planned: its commands' numbers under every ABI
 * (parallel to {@code decl.ioctls()}) and the path of its C header.
 */
public record InterfacePlan(IoctlInterface decl, Map<Abi, List<IoctlNumber>> numbers,
                            String headerPath) {
    public InterfacePlan {
        Objects.requireNonNull(decl, "decl");
        numbers = Collections.unmodifiableMap(new EnumMap<>(numbers));
        Objects.requireNonNull(headerPath, "headerPath");
    }

    /** The numbers under {@code abi}, parallel to the commands. */
    public List<IoctlNumber> numbers(Abi abi) {
        return numbers.get(abi);
    }
}
