package org.abistruct.processor.plan;

import java.util.Objects;
import org.abistruct.processor.layout.StructLayout;

/**
 * One direction of a compat pair: the layouts converted from and to, the conversion, and
 * whether it narrows a pointer or C long from 8 bytes to 4 (and so may refuse a value).
 */
public record CompatDirection(StructLayout from, StructLayout to, CompatConversion conversion,
                              boolean narrows) {
    public CompatDirection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(conversion, "conversion");
    }
}
