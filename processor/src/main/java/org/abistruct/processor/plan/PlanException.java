package org.abistruct.processor.plan;

import java.util.Objects;
import org.abistruct.Abi;

/** A declaration that cannot be laid out under {@code abi}, such as one too large. */
public final class PlanException extends RuntimeException {
    private final Abi abi;

    PlanException(Abi abi, String message) {
        super(message);
        this.abi = Objects.requireNonNull(abi, "abi");
    }

    public Abi abi() {
        return abi;
    }
}
