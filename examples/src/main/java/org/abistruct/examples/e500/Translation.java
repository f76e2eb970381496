package org.abistruct.examples.e500;

import java.util.List;

/**
 * The result of looking up an effective address in the shared TLB: every entry that maps it,
 * TLB0 hits before TLB1 hits. None is a miss; more than one is a multi-hit, which the
 * architecture leaves undefined, so it is reported rather than resolved.
 */
public record Translation(long effectiveAddress, int addressSpace, int pid, List<TlbHit> hits) {

    public Translation {
        hits = List.copyOf(hits);
    }

    public boolean isMiss() {
        return hits.isEmpty();
    }

    public boolean isMultiHit() {
        return hits.size() > 1;
    }

    /** The one hit; throws on a miss or a multi-hit. */
    public TlbHit single() {
        if (hits.size() != 1) {
            throw new IllegalStateException(hits.size() + " entries map 0x"
                    + Long.toHexString(effectiveAddress) + " (AS " + addressSpace + ", PID " + pid + ")");
        }
        return hits.get(0);
    }
}
