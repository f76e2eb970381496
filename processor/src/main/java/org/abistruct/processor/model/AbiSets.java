package org.abistruct.processor.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.abistruct.Abi;

/** Immutable ABI sets that iterate in declaration order of {@link Abi}, for deterministic output. */
public final class AbiSets {
    private AbiSets() {}

    /** An unmodifiable copy of {@code abis} in {@link Abi} order. */
    public static Set<Abi> copyOf(Collection<Abi> abis) {
        EnumSet<Abi> set = EnumSet.noneOf(Abi.class);
        set.addAll(abis);
        return Collections.unmodifiableSet(set);
    }
}
