package org.abistruct.examples.e500;

import java.nio.ByteOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;

/**
 * What two sides must agree on before one reads a struct the other wrote: the struct's size,
 * the offset of each member and the byte order, under one ABI, taken from the generated
 * layouts ({@link AbiLayout#size()} and {@link AbiLayout#offsets()}).
 *
 * @param cName the C tag, such as {@code kvm_dirty_tlb}
 * @param abi the ABI these numbers belong to
 * @param size {@code sizeof} the struct there
 * @param offsets each member's C name and offset, in declaration order
 */
public record StructShape(String cName, Abi abi, int size, Map<String, Integer> offsets) {

    public StructShape {
        Objects.requireNonNull(cName, "cName");
        Objects.requireNonNull(abi, "abi");
        offsets = Collections.unmodifiableMap(new LinkedHashMap<>(offsets));
    }

    /** The shape of a generated layout: its size, member offsets and byte order. */
    public static StructShape of(AbiLayout layout) {
        return new StructShape(layout.cName(), layout.abi(), layout.size(), layout.offsets());
    }

    public ByteOrder byteOrder() {
        return abi.byteOrder();
    }

    /** Whether a struct written under this shape reads back unchanged under {@code other}. */
    public boolean sameLayoutAs(StructShape other) {
        return cName.equals(other.cName) && size == other.size
                && byteOrder().equals(other.byteOrder()) && offsets.equals(other.offsets);
    }

    /** The differences in byte order and member offsets alone; empty when there are none. */
    public String memberDifferencesFrom(StructShape other) {
        StringBuilder text = new StringBuilder();
        if (!byteOrder().equals(other.byteOrder())) {
            clause(text, abi + " is " + byteOrder() + " but " + other.abi + " is " + other.byteOrder());
        }
        for (Map.Entry<String, Integer> member : offsets.entrySet()) {
            Integer theirs = other.offsets.get(member.getKey());
            if (!member.getValue().equals(theirs)) {
                clause(text, member.getKey() + " is at " + member.getValue() + " under " + abi
                        + " but at " + theirs + " under " + other.abi);
            }
        }
        return text.toString();
    }

    private static void clause(StringBuilder text, String clause) {
        text.append(text.length() == 0 ? "" : "; ").append(clause);
    }
}
