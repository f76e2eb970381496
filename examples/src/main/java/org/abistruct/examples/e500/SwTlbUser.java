package org.abistruct.examples.e500;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmBook3e206TlbParamsLayout;
import org.abistruct.examples.kvm.KvmConfigTlbLayout;
import org.abistruct.examples.kvm.KvmDirtyTlbLayout;
import org.abistruct.examples.kvm.KvmEnableCapLayout;

/**
 * The user-space side of KVM_CAP_SW_TLB, the part QEMU plays: lays the TLB params, the entry
 * array, {@code kvm_config_tlb}, {@code kvm_enable_cap}, {@code kvm_dirty_tlb} and its bitmap
 * out in one region through the generated accessors of its own ABI, and passes addresses to
 * the vcpu.
 */
public final class SwTlbUser {

    private final Abi abi;
    private final FreescaleCore core;
    private final UserRegion memory;
    private final KvmVcpu vcpu;
    private final RegionLayout at;
    private final DirtyTracker tracker;
    private final EntryArray entries;

    private SwTlbUser(Abi abi, FreescaleCore core, UserRegion memory, KvmVcpu vcpu, RegionLayout at) {
        this.abi = abi;
        this.core = core;
        this.memory = memory;
        this.vcpu = vcpu;
        this.at = at;
        int count = Math.toIntExact(core.geometry().totalEntries());
        this.tracker = new DirtyTracker(count);
        EntryArray mine = memory.entries(memory.offsetOf(at.array(), at.arrayLen()), count,
                KvmBook3e206TlbEntryLayout.of(abi));
        this.entries = new GuardedEntryArray(tracker.tracking(mine), vcpu.ownership());
    }

    /** The bytes a region needs for {@code core}'s structs under {@code abi}, alignment included. */
    public static int regionBytes(Abi abi, FreescaleCore core) {
        return RegionLayout.bytesNeeded(abi, core);
    }

    /**
     * Lays everything out in {@code memory} and fills params, {@code kvm_config_tlb} and
     * {@code kvm_enable_cap} (cap KVM_CAP_SW_TLB, flags 0, args[0] the config's address); the
     * entries start zeroed. Nothing is passed to the kernel yet.
     */
    public static SwTlbUser layOut(Abi abi, FreescaleCore core, UserRegion memory, KvmVcpu vcpu) {
        Objects.requireNonNull(core, "core");
        RegionLayout at = RegionLayout.allocate(abi, core, memory);
        ByteBuffer buf = memory.buffer();

        KvmBook3e206TlbParamsLayout params = KvmBook3e206TlbParamsLayout.of(abi);
        params.write(buf, memory.offsetOf(at.params(), params.size()), core.params());

        KvmConfigTlbLayout config = KvmConfigTlbLayout.of(abi);
        int cfg = memory.offsetOf(at.config(), config.size());
        config.setParams(buf, cfg, at.params());
        config.setArray(buf, cfg, at.array());
        config.setMmuType(buf, cfg, MmuType.FSL_BOOKE_NOHV.code());
        config.setArrayLen(buf, cfg, at.arrayLen());

        KvmEnableCapLayout cap = KvmEnableCapLayout.of(abi);
        int capAt = memory.offsetOf(at.cap(), cap.size());
        cap.setCap(buf, capAt, KvmVcpu.KVM_CAP_SW_TLB);
        cap.setFlags(buf, capAt, 0);
        cap.setArgs(buf, capAt, 0, at.config());
        return new SwTlbUser(abi, core, memory, vcpu, at);
    }

    /** KVM_ENABLE_CAP with the address of the {@code kvm_enable_cap} laid out. */
    public AcceptedConfig enableCap() {
        return vcpu.enableCap(abi, at.cap());
    }

    public Abi abi() {
        return abi;
    }

    public FreescaleCore core() {
        return core;
    }

    /** Where each struct lies in user memory. */
    public RegionLayout addresses() {
        return at;
    }

    /**
     * The shared array as user space sees it, through its ABI's accessors: writes are recorded
     * for the next KVM_DIRTY_TLB, and every access is refused while KVM_RUN is active.
     */
    public EntryArray entries() {
        return entries;
    }

    /** Looks an address up in the shared array as it stands in user memory. */
    public Translation translate(long effectiveAddress, int addressSpace, int pid) {
        return new Translator(core.geometry(), entries).translate(effectiveAddress, addressSpace, pid);
    }

    /** Entries changed since the last KVM_DIRTY_TLB, in increasing order. */
    public List<Integer> changedEntries() {
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < tracker.entryCount(); i++) {
            if (tracker.isChanged(i)) {
                changed.add(i);
            }
        }
        return changed;
    }

    /**
     * KVM_DIRTY_TLB: writes the bitmap of changed entries and a {@code kvm_dirty_tlb} pointing at
     * it into user memory, through this ABI's accessors, and passes its address. The marks are
     * cleared only when the kernel accepts.
     */
    public DirtyOutcome reportDirty() {
        DirtyTlbRequest request = tracker.request(at.bitmap());
        memory.write(at.bitmap(), request.bitmap());
        KvmDirtyTlbLayout dirty = KvmDirtyTlbLayout.of(abi);
        dirty.write(memory.buffer(), memory.offsetOf(at.dirty(), dirty.size()), request.argument());
        DirtyOutcome outcome = vcpu.dirtyTlb(abi, at.dirty());
        tracker.clear();
        return outcome;
    }

    /**
     * KVM_RUN; refused while entries changed since the last KVM_DIRTY_TLB, which the contract
     * requires before the next run.
     */
    public void run(GuestCode guest) {
        List<Integer> changed = changedEntries();
        if (!changed.isEmpty()) {
            throw new IllegalStateException(changed.size() + " entries changed since the last "
                    + "KVM_DIRTY_TLB (first: " + changed.get(0) + "): report them before KVM_RUN");
        }
        vcpu.run(guest);
    }
}
