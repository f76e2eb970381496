package org.abistruct.processor.plan;

import org.abistruct.Abi;
import java.util.Objects;
import org.abistruct.processor.layout.StructLayout;

/**
 * One direction of a compat pair: the layouts converted from and to, the conversion, whether it
 * narrows a pointer or C long from 8 bytes to 4 (and so may refuse a value), and the direction
 * whose methods convert it: itself, or the first direction of the struct's pairs whose
 * conversion is the same code.
 */
public record CompatDirection(StructLayout from, StructLayout to, CompatConversion conversion,
                              boolean narrows, Abi viaFrom, Abi viaTo) {
    public CompatDirection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(viaFrom, "viaFrom");
        Objects.requireNonNull(viaTo, "viaTo");
    }

    /** Whether this direction's methods are its own, not an earlier direction's. */
    public boolean own() {
        return viaFrom == from.abi() && viaTo == to.abi();
    }
}
