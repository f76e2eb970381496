package org.abistruct.examples.e500;

import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;

/** The kernel's own view derived from the shared array, which dirty entries must refresh. */
public interface ShadowTlb {

    /** Reloads one entry from its new contents in the shared array. */
    void reload(int index, KvmBook3e206TlbEntry entry);

    /** Drops every derived mapping, to be rebuilt from the shared array on demand. */
    void flushAll();
}
