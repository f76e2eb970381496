package org.abistruct.examples.e500;

import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmBook3e206TlbParamsLayout;
import org.abistruct.examples.kvm.KvmConfigTlbLayout;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntry;
import org.abistruct.examples.kvm.KvmDirtyTlbLayout;
import org.abistruct.examples.kvm.KvmEnableCapLayout;

/**
 * The e500 part of the report: an e6500's shared TLB configured by 32-bit user space on a
 * 64-bit kernel through the generated bindings, one translation, the dirty flow, and the pair
 * of ABIs where {@code kvm_dirty_tlb} cannot cross.
 */
public final class E500Demo {

    /** Where the demo's user memory starts. */
    static final long REGION_BASE = 0x1000_0000L;
    /** The address the guest maps, and the real page it maps it to. */
    static final long GUEST_PAGE = 0x1000_3000L;
    static final long REAL_PAGE = 0x2_0000_5000L;
    static final long LOOKED_UP = GUEST_PAGE + 0xABC;

    /** The ioctls whose argument structs and numbers the report lists per ABI. */
    static final List<IoctlArgument> IOCTLS = List.of(
            new IoctlArgument("KVM_ENABLE_CAP", KvmEnableCapLayout::of,
                    abi -> KvmEnableCapLayout.of(abi).kvmEnableCap()),
            new IoctlArgument("KVM_DIRTY_TLB", KvmDirtyTlbLayout::of,
                    abi -> KvmDirtyTlbLayout.of(abi).kvmDirtyTlb()));

    /** An ioctl, the generated layouts of the struct it passes, and its generated numbers. */
    record IoctlArgument(String name, Function<Abi, AbiLayout> struct, ToIntFunction<Abi> number) {}

    private static final List<Function<Abi, ? extends AbiLayout>> SHAPES = List.of(
            KvmEnableCapLayout::of,
            KvmConfigTlbLayout::of, KvmBook3e206TlbParamsLayout::of, KvmBook3e206TlbEntryLayout::of,
            KvmDirtyTlbLayout::of);

    private E500Demo() {}

    public static void print(PrintStream out) {
        FreescaleCore core = FreescaleCore.E6500;
        Abi user = Abi.PPC32;
        Abi kernel = Abi.PPC64;
        out.printf("== e500 shared TLB (KVM_CAP_SW_TLB): %s, %s user space on a %s kernel%n",
                core, user, kernel);
        printAgreement(out, new AbiBoundary(user, kernel));

        UserRegion memory = new UserRegion(REGION_BASE, SwTlbUser.regionBytes(user, core));
        KvmVcpu vcpu = new KvmVcpu(kernel, Long.SIZE, CheckMode.KERNEL, memory, Integer.MAX_VALUE);
        SwTlbUser vmm = SwTlbUser.layOut(user, core, memory, vcpu);
        AcceptedConfig config = vmm.enableCap();
        TlbGeometry g = config.geometry();
        out.printf("geometry: TLB0 %d entries = %d sets x %d ways, TLB1 %d entries fully associative%n",
                g.tlb0Entries(), g.tlb0Sets(), g.tlb0Ways(), g.tlb1Entries());
        RegionLayout at = vmm.addresses();
        out.printf("array_len: %d entries x %d bytes (sizeof kvm_book3e_206_tlb_entry, %s) = %d%n",
                g.totalEntries(), at.arrayLen() / g.totalEntries(), user, at.arrayLen());
        out.printf("KVM_ENABLE_CAP(kvm_enable_cap at 0x%x): args[0] = kvm_config_tlb at 0x%x -> params"
                + " at 0x%x, array at 0x%x: accepted%n", at.cap(), at.config(), config.paramsAddress(),
                config.arrayAddress());

        EntrySlot slot = new EntrySlot(0, g.tlb0SetOf(GUEST_PAGE), 1);
        int index = Math.toIntExact(g.indexOf(slot));
        String[] refused = new String[1];
        vmm.run(tlb -> {
            tlb.write(slot, new KvmBook3e206TlbEntry(0,
                    MasFields.mas1(true, 0, 0, MasFields.TSIZE_4K), GUEST_PAGE, REAL_PAGE));
            try {
                vmm.entries().mas2(index);
            } catch (IllegalStateException e) {
                refused[0] = e.getMessage();
            }
        });
        out.printf("KVM_RUN: the guest wrote entry %d (TLB0 set %d way %d); user access meanwhile"
                + " %s%n", index, slot.set(), slot.way(), refused[0] != null ? "refused" : "allowed");
        TlbHit hit = vmm.translate(LOOKED_UP, 0, 7).single();
        out.printf("translation after KVM_RUN: EA 0x%x -> PA 0x%x (entry %d, %d KiB page)%n",
                LOOKED_UP, hit.physicalAddress(), hit.index(), hit.pageBytes() / 1024);

        int tlb1 = Math.toIntExact(g.tlb1Offset());
        vmm.entries().setMas73(index, REAL_PAGE + 0x1000);
        vmm.entries().write(tlb1, new KvmBook3e206TlbEntry(0,
                MasFields.mas1(true, 0, 0, MasFields.TSIZE_4K), 0xC000_0000L, 0x3000_0000L));
        List<Integer> changed = vmm.changedEntries();
        DirtyOutcome outcome = vmm.reportDirty();
        out.printf("KVM_DIRTY_TLB: user changed entries %s; kvm_dirty_tlb at 0x%x, num_dirty %d,"
                + " bitmap of %d bytes at 0x%x; kernel: %s%n", changed, at.dirty(), changed.size(),
                at.bitmapLen(), at.bitmap(), describe(outcome));

        printMismatch(out, core, Abi.I386, Abi.X86_64);
        printIoctlArguments(out);
    }

    private static String describe(DirtyOutcome outcome) {
        if (outcome instanceof DirtyOutcome.Reloaded) {
            return "reloaded entries " + ((DirtyOutcome.Reloaded) outcome).indices();
        }
        if (outcome instanceof DirtyOutcome.FlushedAll) {
            return "flushed everything (" + ((DirtyOutcome.FlushedAll) outcome).numDirty() + " dirty)";
        }
        return outcome.toString();
    }

    private static void printAgreement(PrintStream out, AbiBoundary boundary) {
        StringBuilder same = new StringBuilder();
        for (Function<Abi, ? extends AbiLayout> struct : SHAPES) {
            AbiLayout u = struct.apply(boundary.user());
            AbiLayout k = struct.apply(boundary.kernel());
            same.append(same.length() == 0 ? "" : ", ").append(u.cName()).append(' ')
                    .append(u.size()).append(boundary.agrees(struct) ? "=" : "!=").append(k.size());
        }
        out.printf("layouts %s vs %s (size, offsets, byte order from the generated constants): %s%n",
                boundary.user(), boundary.kernel(), same);
    }

    private static void printMismatch(PrintStream out, FreescaleCore core, Abi user, Abi kernel) {
        UserRegion memory = new UserRegion(REGION_BASE, SwTlbUser.regionBytes(user, core));
        KvmVcpu vcpu = new KvmVcpu(kernel, Long.SIZE, CheckMode.KERNEL, memory, Integer.MAX_VALUE);
        SwTlbUser vmm = SwTlbUser.layOut(user, core, memory, vcpu);
        vmm.enableCap();
        vmm.entries().setMas2(0, GUEST_PAGE);
        out.printf("%s user space, %s kernel: KVM_ENABLE_CAP accepted; KVM_DIRTY_TLB ", user, kernel);
        try {
            vmm.reportDirty();
            out.println("accepted");
        } catch (AbiMismatchException e) {
            out.println("refused:");
            out.println("  " + e.getMessage());
        }
    }

    private static void printIoctlArguments(PrintStream out) {
        out.printf("%nioctl numbers (argument size) by ABI, from the generated constants%n%-8s", "");
        IOCTLS.forEach(ioctl -> out.printf(" %-24s", ioctl.name()));
        out.println();
        for (Abi abi : Abi.values()) {
            out.printf("%-8s", abi);
            for (IoctlArgument ioctl : IOCTLS) {
                out.printf(" %-24s", String.format("0x%08X (%d B)",
                        ioctl.number().applyAsInt(abi), ioctl.struct().apply(abi).size()));
            }
            out.println();
        }
    }
}
