package org.abistruct.examples.e500;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;

/** Builds the rows of the shape tables from a generated layout and its offset constants. */
final class ShapeTable {

    private ShapeTable() {}

    /** The shape of {@code layout}'s struct: its ABI, name and size, and {@code offsets} by member. */
    static StructShape shape(List<String> members, AbiLayout layout, int... offsets) {
        if (members.size() != offsets.length) {
            throw new IllegalArgumentException(layout.cName() + " has " + members.size()
                    + " members, given " + offsets.length + " offsets");
        }
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < offsets.length; i++) {
            byName.put(members.get(i), offsets[i]);
        }
        return new StructShape(layout.cName(), layout.abi(), layout.size(), byName);
    }

    static IllegalArgumentException unknown(String cName, Abi abi) {
        return new IllegalArgumentException("struct " + cName + " has no layout under " + abi);
    }
}
