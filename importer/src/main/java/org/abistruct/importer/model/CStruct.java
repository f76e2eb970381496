package org.abistruct.importer.model;

import java.util.List;

/**
 * A struct or union GCC compiled: its tag (null when it has none), size, members and the header
 * that declared it, as an include path such as {@code linux/kvm.h}.
 *
 * @param complete false for a declaration without a body ({@code struct foo;})
 */
public record CStruct(long id, String tag, boolean union, long size, List<CMember> members,
                      String header, boolean complete) {
    public CStruct {
        members = List.copyOf(members);
    }

    /** {@code "struct"} or {@code "union"}. */
    public String keyword() {
        return union ? "union" : "struct";
    }
}
