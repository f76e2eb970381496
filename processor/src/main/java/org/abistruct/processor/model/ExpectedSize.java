package org.abistruct.processor.model;

import java.util.Set;
import org.abistruct.Abi;

/** A declared size assert: {@code bytes} on each of {@code abis} (empty: every selected ABI). */
public record ExpectedSize(long bytes, Set<Abi> abis) {
    public ExpectedSize {
        abis = AbiSets.copyOf(abis);
    }
}
