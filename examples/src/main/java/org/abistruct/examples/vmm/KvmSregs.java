package org.abistruct.examples.vmm;

import static org.abistruct.Abi.I386;
import static org.abistruct.Abi.X32;
import static org.abistruct.Abi.X86_64;

import org.abistruct.AbiStruct;
import org.abistruct.CName;
import org.abistruct.Ioctl;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/** {@code struct kvm_sregs} of x86's {@code asm/kvm.h}: segments, tables and control registers. */
@AbiStruct(name = "kvm_sregs", abis = {X86_64, I386, X32})
@Ioctl(name = "KVM_GET_SREGS", type = 0xAE, nr = 0x83, dir = Ioctl.Dir.READ)
@Ioctl(name = "KVM_SET_SREGS", type = 0xAE, nr = 0x84, dir = Ioctl.Dir.WRITE)
public record KvmSregs(KvmSregs.Segment cs, KvmSregs.Segment ds, KvmSregs.Segment es,
                       KvmSregs.Segment fs, KvmSregs.Segment gs, KvmSregs.Segment ss,
                       KvmSregs.Segment tr, KvmSregs.Segment ldt, KvmSregs.Dtable gdt,
                       KvmSregs.Dtable idt, @Unsigned long cr0, @Unsigned long cr2,
                       @Unsigned long cr3, @Unsigned long cr4, @Unsigned long cr8,
                       @Unsigned long efer, @Unsigned long apicBase,
                       @Length(4) @Unsigned long[] interruptBitmap) {

    /** {@code struct kvm_segment}: one segment register, descriptor cache included. */
    @AbiStruct(name = "kvm_segment", abis = {X86_64, I386, X32})
    public record Segment(@Unsigned long base, @Unsigned int limit, @Unsigned short selector,
                          @Unsigned byte type, @Unsigned byte present, @Unsigned byte dpl,
                          @Unsigned byte db, @Unsigned byte s, @Unsigned byte l,
                          @Unsigned byte g, @Unsigned byte avl, @Unsigned byte unusable,
                          @CName("padding") @Unsigned byte pad) {}

    /** {@code struct kvm_dtable}: a descriptor table register. */
    @AbiStruct(name = "kvm_dtable", abis = {X86_64, I386, X32})
    public record Dtable(@Unsigned long base, @Unsigned short limit,
                         @CName("padding") @Length(3) @Unsigned short[] pad) {}
}
