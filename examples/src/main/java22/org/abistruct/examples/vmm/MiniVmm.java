package org.abistruct.examples.vmm;

import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.abistruct.Abi;
import org.abistruct.examples.kvm.KvmIoctls;
import org.abistruct.examples.linux.LinuxCalls;
import org.abistruct.examples.linux.SyscallException;

/**
 * The classic first program of the KVM API, through generated structs and numbers: a VM with
 * one 4 KiB memory slot at guest address 0x1000 holding {@link #GUEST}, one vcpu in real mode
 * at that address, and {@code KVM_RUN} until the guest halts, each {@code KVM_EXIT_IO} to port
 * 0x3f8 collected as output. Where {@code /dev/kvm} cannot be opened it says why and stops.
 */
public final class MiniVmm {
    /**
     * Real-mode code: {@code mov dx, 0x3f8; add al, bl; add al, '0'; out dx, al; mov al, 10;
     * out dx, al; hlt} (a test assembles the same with the system's {@code as}).
     */
    public static final byte[] GUEST = {(byte) 0xba, (byte) 0xf8, 0x03, 0x00, (byte) 0xd8, 0x04,
        '0', (byte) 0xee, (byte) 0xb0, '\n', (byte) 0xee, (byte) 0xf4};
    /** Where the slot and the code start in guest physical memory. */
    public static final long GUEST_ADDRESS = 0x1000;
    private static final int O_CLOEXEC = 0x80000;
    private static final int KVM_EXIT_IO = 2;
    private static final int KVM_EXIT_HLT = 5;
    private static final int KVM_EXIT_IO_OUT = 1;
    private static final int PROT_READ_WRITE = 3;
    private static final int MAP_SHARED = 1;

    /** What the run gave: the guest's output, or why it did not run. */
    public record Outcome(boolean ran, String output, String reason) {}

    private MiniVmm() {}

    /** Runs the guest with {@code rax} and {@code rbx} set, so it prints their sum's digit. */
    public static Outcome run(long rax, long rbx) throws SyscallException {
        if (Abi.host() != Abi.X86_64) {
            return new Outcome(false, "", "the guest is x86 code; this host is " + Abi.host());
        }
        int kvm;
        try {
            kvm = LinuxCalls.open("/dev/kvm", LinuxCalls.O_RDWR | O_CLOEXEC);
        } catch (SyscallException e) {
            return new Outcome(false, "", e.getMessage());
        }
        Abi abi = Abi.X86_64;
        try (Arena arena = Arena.ofShared()) {
            int version = LinuxCalls.ioctl(kvm, KvmIoctls.kvmGetApiVersion(abi),
                    MemorySegment.NULL, "KVM_GET_API_VERSION");
            int vm = LinuxCalls.ioctl(kvm, KvmVmIoctls.kvmCreateVm(abi), MemorySegment.NULL,
                    "KVM_CREATE_VM");
            MemorySegment memory = arena.allocate(0x1000, 0x1000);
            MemorySegment.copy(MemorySegment.ofArray(GUEST), 0, memory, 0, GUEST.length);
            KvmUserspaceMemoryRegionLayout region = KvmUserspaceMemoryRegionLayout.of(abi);
            MemorySegment slot = region.allocate(arena);
            region.write(slot, 0, new KvmUserspaceMemoryRegion(0, 0, GUEST_ADDRESS,
                    memory.byteSize(), memory.address()));
            LinuxCalls.ioctl(vm, region.kvmSetUserMemoryRegion(), slot,
                    "KVM_SET_USER_MEMORY_REGION");
            int vcpu = LinuxCalls.ioctl(vm, KvmVmIoctls.kvmCreateVcpu(abi), MemorySegment.NULL,
                    "KVM_CREATE_VCPU");
            int size = LinuxCalls.ioctl(kvm, KvmVmIoctls.kvmGetVcpuMmapSize(abi),
                    MemorySegment.NULL, "KVM_GET_VCPU_MMAP_SIZE");
            MemorySegment run = LinuxCalls.mmap(size, PROT_READ_WRITE, MAP_SHARED, vcpu, 0);

            KvmSregsLayout s = KvmSregsLayout.of(abi);
            MemorySegment sregs = s.allocate(arena);
            LinuxCalls.ioctl(vcpu, s.kvmGetSregs(), sregs, "KVM_GET_SREGS");
            s.at(sregs, 0).cs().setBase(0);
            s.at(sregs, 0).cs().setSelector((short) 0);
            LinuxCalls.ioctl(vcpu, s.kvmSetSregs(), sregs, "KVM_SET_SREGS");
            KvmRegsLayout r = KvmRegsLayout.of(abi);
            MemorySegment regs = r.allocate(arena);
            r.write(regs, 0, new KvmRegs(rax, rbx, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    GUEST_ADDRESS, 2));
            LinuxCalls.ioctl(vcpu, r.kvmSetRegs(), regs, "KVM_SET_REGS");

            KvmRunLayout k = KvmRunLayout.of(abi);
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            while (true) {
                LinuxCalls.ioctl(vcpu, KvmVmIoctls.kvmRun(abi), MemorySegment.NULL, "KVM_RUN");
                int reason = k.getExitReason(run, 0);
                if (reason == KVM_EXIT_HLT) {
                    break;
                }
                KvmRun.Io io = k.getIo(run, 0);
                if (reason != KVM_EXIT_IO || io.direction() != KVM_EXIT_IO_OUT) {
                    return new Outcome(false, output.toString(StandardCharsets.US_ASCII),
                            "unexpected exit " + reason);
                }
                output.write(run.get(java.lang.foreign.ValueLayout.JAVA_BYTE, io.dataOffset()));
            }
            LinuxCalls.munmap(run);
            return new Outcome(true, output.toString(StandardCharsets.US_ASCII),
                    "KVM API version " + version);
        } finally {
            LinuxCalls.close(kvm);
        }
    }
}
