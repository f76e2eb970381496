package org.abistruct.examples.e500;

import java.util.Objects;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;

/**
 * The guest's TLB while KVM_RUN is active: a {@code tlbwe} writes the shared array through the
 * kernel's ABI and loads the entry into the kernel's mappings. Usable only during that run.
 */
public final class GuestTlb {

    private final TlbGeometry geometry;
    private final EntryArray kernelEntries;
    private final ShadowTlb shadow;
    private final ArrayOwnership ownership;

    GuestTlb(TlbGeometry geometry, EntryArray kernelEntries, ShadowTlb shadow, ArrayOwnership ownership) {
        this.geometry = geometry;
        this.kernelEntries = kernelEntries;
        this.shadow = shadow;
        this.ownership = ownership;
    }

    public TlbGeometry geometry() {
        return geometry;
    }

    /** The guest's {@code tlbwe}: writes {@code entry} into {@code slot}. */
    public void write(EntrySlot slot, KvmBook3e206TlbEntry entry) {
        Objects.requireNonNull(entry, "entry");
        int index = index(slot);
        kernelEntries.write(index, entry);
        shadow.reload(index, entry);
    }

    /** The guest's {@code tlbre}: the entry in {@code slot}. */
    public KvmBook3e206TlbEntry read(EntrySlot slot) {
        return kernelEntries.read(index(slot));
    }

    private int index(EntrySlot slot) {
        if (ownership.userOwns()) {
            throw new IllegalStateException("the guest TLB is reachable only while KVM_RUN is active");
        }
        return Math.toIntExact(geometry.indexOf(slot));
    }
}
