package org.abistruct.processor.plan;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.processor.layout.FieldLayout;
import org.abistruct.processor.layout.StructLayout;

/**
 * The members of a struct at all depths, an array counted once: what the compat comparison,
 * the reports and the flattened slots grow with. A struct embedding another several times at
 * each of several levels has exponentially many, so the count is memoized per embedded layout.
 */
public final class MemberCount {
    /** The most members at all depths a struct may have and still be planned. */
    public static final long MAX = 65_536;
    /**
     * The most numbers per ABI a struct's layout record may hold beside its fixed ones: an
     * offset per member (an anonymous member's members flattened), a layout per embedded
     * struct and a number per ioctl. Its constructor takes at most 254 parameters, 8 of them
     * fixed.
     */
    public static final int MAX_DIRECT = 246;

    private final Map<StructLayout, Long> counts = new IdentityHashMap<>();

    private MemberCount() {}

    /** The numbers per ABI of a struct with {@code slots} and {@code ioctls}. */
    static int direct(List<MemberSlot> slots, int ioctls) {
        int n = slots.size() + ioctls;
        for (MemberSlot slot : slots) {
            n += slot.isStruct() || slot.isBitfield() ? 1 : 0;
        }
        return n;
    }

    /** The members of {@code layout} at all depths, at most {@code Long.MAX_VALUE}. */
    static long of(StructLayout layout) {
        return new MemberCount().count(layout);
    }

    private long count(StructLayout layout) {
        Long known = counts.get(layout);
        if (known != null) {
            return known;
        }
        long n = 0;
        for (FieldLayout field : layout.fields()) {
            long inner = field.nested().isPresent() ? count(field.nested().get()) : 0;
            n = saturated(saturated(n, 1), inner);
        }
        counts.put(layout, n);
        return n;
    }

    private static long saturated(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
