package org.abistruct.examples.e500;

import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmBook3e206TlbParamsLayout;
import org.abistruct.examples.kvm.KvmConfigTlbLayout;
import org.abistruct.examples.kvm.KvmDirtyTlbLayout;
import org.abistruct.examples.kvm.KvmEnableCapLayout;

/**
 * Where user space put each struct of the shared-TLB calls in its region, each at its ABI's
 * size and alignment, and the {@code array_len} it reserved.
 *
 * @param params {@code kvm_book3e_206_tlb_params}
 * @param array entry 0 of the shared array
 * @param arrayLen the array's bytes: entries x {@code sizeof(struct kvm_book3e_206_tlb_entry)}
 * @param config {@code kvm_config_tlb}
 * @param cap {@code kvm_enable_cap}
 * @param dirty {@code kvm_dirty_tlb}
 * @param bitmap the KVM_DIRTY_TLB bitmap
 * @param bitmapLen the bitmap's bytes
 */
public record RegionLayout(long params, long array, int arrayLen, long config, long cap,
        long dirty, long bitmap, int bitmapLen) {

    static RegionLayout allocate(Abi abi, FreescaleCore core, UserRegion memory) {
        int entries = Math.toIntExact(core.geometry().totalEntries());
        KvmBook3e206TlbEntryLayout entry = KvmBook3e206TlbEntryLayout.of(abi);
        int arrayLen = Math.toIntExact(core.arrayLen(entry.size()));
        long params = reserve(memory, KvmBook3e206TlbParamsLayout.of(abi));
        long array = memory.allocate(arrayLen, entry.alignment());
        long config = reserve(memory, KvmConfigTlbLayout.of(abi));
        long cap = reserve(memory, KvmEnableCapLayout.of(abi));
        long dirty = reserve(memory, KvmDirtyTlbLayout.of(abi));
        int bitmapLen = DirtyBitmap.byteLength(entries);
        long bitmap = memory.allocate(bitmapLen, Long.BYTES);
        return new RegionLayout(params, array, arrayLen, config, cap, dirty, bitmap, bitmapLen);
    }

    static int bytesNeeded(Abi abi, FreescaleCore core) {
        KvmBook3e206TlbEntryLayout entry = KvmBook3e206TlbEntryLayout.of(abi);
        long bytes = core.arrayLen(entry.size()) + entry.alignment()
                + DirtyBitmap.byteLength(Math.toIntExact(core.geometry().totalEntries())) + Long.BYTES;
        for (AbiLayout layout : new AbiLayout[] {KvmBook3e206TlbParamsLayout.of(abi),
                KvmConfigTlbLayout.of(abi), KvmEnableCapLayout.of(abi), KvmDirtyTlbLayout.of(abi)}) {
            bytes += layout.size() + layout.alignment();
        }
        return Math.toIntExact(bytes);
    }

    private static long reserve(UserRegion memory, AbiLayout layout) {
        return memory.allocate(layout.size(), layout.alignment());
    }
}
