package org.abistruct.examples.e500;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;

/**
 * The kernel's own mappings derived from the shared array: entries loaded one by one (by a
 * guest write or a dirty reload), all dropped on a flush.
 */
public final class KernelShadow implements ShadowTlb {

    private final Map<Integer, KvmBook3e206TlbEntry> loaded = new TreeMap<>();
    private int flushes;

    @Override
    public void reload(int index, KvmBook3e206TlbEntry entry) {
        loaded.put(index, entry);
    }

    @Override
    public void flushAll() {
        loaded.clear();
        flushes++;
    }

    /** The entries loaded since the last flush, by index. */
    public Map<Integer, KvmBook3e206TlbEntry> loaded() {
        return Collections.unmodifiableMap(new TreeMap<>(loaded));
    }

    /** How many times everything was flushed. */
    public int flushes() {
        return flushes;
    }
}
