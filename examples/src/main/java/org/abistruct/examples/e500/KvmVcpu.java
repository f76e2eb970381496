package org.abistruct.examples.e500;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmBook3e206TlbParams;
import org.abistruct.examples.kvm.KvmBook3e206TlbParamsLayout;
import org.abistruct.examples.kvm.KvmConfigTlbLayout;
import org.abistruct.examples.kvm.KvmDirtyTlb;
import org.abistruct.examples.kvm.KvmDirtyTlbLayout;
import org.abistruct.examples.kvm.KvmEnableCapLayout;

/**
 * The kernel side of one e500 vcpu with KVM_CAP_SW_TLB: it reads every argument from user
 * memory through the generated accessors of its own ABI, after checking that the caller's ABI
 * lays that struct out the same way, and owns the shared array while KVM_RUN is active.
 */
public final class KvmVcpu {

    /** {@code KVM_CAP_SW_TLB}, the capability KVM_ENABLE_CAP turns on here. */
    public static final int KVM_CAP_SW_TLB = 69;

    private final Abi abi;
    private final int sizeTBits;
    private final CheckMode mode;
    private final UserRegion memory;
    private final DirtyTlbConsumer dirtyConsumer;
    private final ArrayOwnership ownership = new ArrayOwnership();
    private final KernelShadow shadow = new KernelShadow();
    private AcceptedConfig config;
    private EntryArray entries;

    /**
     * @param abi the kernel's ABI
     * @param sizeTBits the width of the kernel's {@code size_t}, 32 or 64
     * @param mode how configurations are validated
     * @param memory the user memory this vcpu's process can pass addresses into
     * @param flushThreshold the most dirty entries KVM_DIRTY_TLB reloads one by one
     */
    public KvmVcpu(Abi abi, int sizeTBits, CheckMode mode, UserRegion memory, int flushThreshold) {
        this.abi = Objects.requireNonNull(abi, "abi");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.memory = Objects.requireNonNull(memory, "memory");
        if (sizeTBits != 32 && sizeTBits != 64) {
            throw new IllegalArgumentException("size_t is 32 or 64 bits: " + sizeTBits);
        }
        this.sizeTBits = sizeTBits;
        this.dirtyConsumer = new DirtyTlbConsumer(flushThreshold);
    }

    public Abi abi() {
        return abi;
    }

    /** Who owns the shared array now; user space's view of the array consults it. */
    public ArrayOwnership ownership() {
        return ownership;
    }

    /** The kernel's mappings derived from the shared array. */
    public KernelShadow shadow() {
        return shadow;
    }

    /**
     * KVM_ENABLE_CAP: reads {@code kvm_enable_cap} at {@code capAddress}, follows {@code args[0]}
     * to {@code kvm_config_tlb}, reads the params it points to, validates, and takes the array.
     *
     * @param caller the ABI of the calling process
     * @throws AbiMismatchException when {@code caller} lays out one of the structs differently
     * @throws IoctlFailure EINVAL for a rule broken, EFAULT for an address outside user memory,
     *     EBUSY during KVM_RUN
     */
    public AcceptedConfig enableCap(Abi caller, long capAddress) {
        requireIdle("KVM_ENABLE_CAP");
        AbiBoundary boundary = new AbiBoundary(caller, abi);
        ByteBuffer buf = memory.buffer();

        boundary.require(KvmEnableCapLayout::of);
        KvmEnableCapLayout cap = KvmEnableCapLayout.of(abi);
        int capAt = memory.offsetOf(capAddress, cap.size());
        if (cap.getFlags(buf, capAt) != 0) {
            throw einval("kvm_enable_cap.flags must be 0, not " + cap.getFlags(buf, capAt));
        }
        if (cap.getCap(buf, capAt) != KVM_CAP_SW_TLB) {
            throw einval("capability " + Integer.toUnsignedString(cap.getCap(buf, capAt))
                    + " is not KVM_CAP_SW_TLB (" + KVM_CAP_SW_TLB + ")");
        }

        boundary.require(KvmConfigTlbLayout::of);
        KvmConfigTlbLayout cfg = KvmConfigTlbLayout.of(abi);
        int cfgAt = memory.offsetOf(cap.getArgs(buf, capAt, 0), cfg.size());
        long paramsAddress = cfg.getParams(buf, cfgAt);
        long arrayAddress = cfg.getArray(buf, cfgAt);
        int mmuType = cfg.getMmuType(buf, cfgAt);
        int arrayLen = cfg.getArrayLen(buf, cfgAt);

        boundary.require(KvmBook3e206TlbParamsLayout::of);
        KvmBook3e206TlbParamsLayout paramsLayout = KvmBook3e206TlbParamsLayout.of(abi);
        KvmBook3e206TlbParams params =
                paramsLayout.read(buf, memory.offsetOf(paramsAddress, paramsLayout.size()));

        boundary.require(KvmBook3e206TlbEntryLayout::of);
        KvmBook3e206TlbEntryLayout entry = KvmBook3e206TlbEntryLayout.of(abi);
        TlbGeometry geometry = validate(params, mmuType, arrayLen, entry.size());
        // The kernel pins array_len bytes, then the entries the accepted geometry reaches.
        memory.offsetOf(arrayAddress, Integer.toUnsignedLong(arrayLen));
        int arrayAt = memory.offsetOf(arrayAddress, geometry.requiredArrayLen(entry.size()));

        entries = memory.entries(arrayAt, Math.toIntExact(geometry.totalEntries()), entry);
        config = new AcceptedConfig(geometry, paramsAddress, arrayAddress,
                Integer.toUnsignedLong(arrayLen), entry.size());
        shadow.flushAll();
        return config;
    }

    /**
     * KVM_DIRTY_TLB: reads {@code kvm_dirty_tlb} at {@code address} and the bitmap it points to,
     * and reloads the dirty entries from the shared array.
     *
     * @param caller the ABI of the calling process
     * @throws AbiMismatchException when {@code caller} lays out {@code kvm_dirty_tlb} differently
     * @throws IoctlFailure EINVAL for a request that breaks the contract or a vcpu not configured,
     *     EFAULT for an address outside user memory, EBUSY during KVM_RUN
     */
    public DirtyOutcome dirtyTlb(Abi caller, long address) {
        requireIdle("KVM_DIRTY_TLB");
        if (config == null) {
            throw einval("KVM_DIRTY_TLB before KVM_CAP_SW_TLB was enabled");
        }
        new AbiBoundary(caller, abi).require(KvmDirtyTlbLayout::of);
        KvmDirtyTlbLayout layout = KvmDirtyTlbLayout.of(abi);
        KvmDirtyTlb request = layout.read(memory.buffer(), memory.offsetOf(address, layout.size()));
        DirtyOutcome outcome = dirtyConsumer.consume(request, memory, entries, shadow);
        if (outcome instanceof DirtyOutcome.Rejected) {
            DirtyOutcome.Rejected rejected = (DirtyOutcome.Rejected) outcome;
            throw einval(rejected.rule().sentence() + " (" + rejected.detail() + ")");
        }
        return outcome;
    }

    /**
     * KVM_RUN: the kernel owns the shared array until {@code guest} returns; user-space access
     * meanwhile is refused.
     */
    public void run(GuestCode guest) {
        Objects.requireNonNull(guest, "guest");
        requireIdle("KVM_RUN");
        if (config == null) {
            throw einval("KVM_RUN before KVM_CAP_SW_TLB was enabled");
        }
        ownership.enterRun();
        try {
            guest.run(new GuestTlb(config.geometry(), entries, shadow, ownership));
        } finally {
            ownership.exitRun();
        }
    }

    private TlbGeometry validate(KvmBook3e206TlbParams params, int mmuType, int arrayLen, int entrySize) {
        ConfigVerdict<? extends TlbRule> verdict = mode == CheckMode.DOCUMENTED
                ? DocumentedContract.anyHost(entrySize).check(params, mmuType, arrayLen)
                : new KernelChecks(entrySize, sizeTBits).check(params, mmuType, arrayLen);
        if (!verdict.accepted()) {
            throw einval(verdict.explain().strip());
        }
        return verdict.geometry().orElseThrow();
    }

    private void requireIdle(String call) {
        if (!ownership.userOwns()) {
            throw new IoctlFailure(IoctlFailure.Errno.EBUSY, call + " while KVM_RUN is active on this vcpu");
        }
    }

    private static IoctlFailure einval(String message) {
        return new IoctlFailure(IoctlFailure.Errno.EINVAL, message);
    }
}
