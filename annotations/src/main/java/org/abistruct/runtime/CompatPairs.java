package org.abistruct.runtime;

import org.abistruct.Abi;

/**
 * The compat pairs a generated converter's {@code convert} routes to one shared method, as a
 * table of ABIs two by two. Public for that code, not as an API of its own.
 */
public final class CompatPairs {
    private CompatPairs() {}

    /**
     * Whether {@code from} and {@code to}, in either order, are the two ABIs at an even index of
     * {@code pairs} and the next.
     */
    public static boolean either(Abi[] pairs, Abi from, Abi to) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i] == from && pairs[i + 1] == to || pairs[i] == to && pairs[i + 1] == from) {
                return true;
            }
        }
        return false;
    }
}
