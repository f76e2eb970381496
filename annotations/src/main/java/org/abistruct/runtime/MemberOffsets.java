package org.abistruct.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table {@code AbiLayout.offsets()} returns, built from a generated layout's numbers. */
public final class MemberOffsets {
    private MemberOffsets() {}

    /**
     * An unmodifiable map from each of {@code names} to the offset at the same position, in
     * that order.
     *
     * @throws IllegalArgumentException if the counts differ
     */
    public static Map<String, Integer> of(List<String> names, int... offsets) {
        if (names.size() != offsets.length) {
            throw new IllegalArgumentException(names.size() + " names for " + offsets.length
                    + " offsets");
        }
        Map<String, Integer> table = new LinkedHashMap<>();
        for (int i = 0; i < offsets.length; i++) {
            table.put(names.get(i), offsets[i]);
        }
        return Collections.unmodifiableMap(table);
    }
}
