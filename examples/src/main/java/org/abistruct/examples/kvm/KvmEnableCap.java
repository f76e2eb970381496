package org.abistruct.examples.kvm;

import org.abistruct.AbiStruct;
import org.abistruct.ExpectSize;
import org.abistruct.Ioctl;
import org.abistruct.Length;
import org.abistruct.Unsigned;

/** {@code struct kvm_enable_cap}, the argument of KVM_ENABLE_CAP. */
@AbiStruct(name = "kvm_enable_cap")
@Ioctl(name = "KVM_ENABLE_CAP", type = 0xAE, nr = 0xa3, dir = Ioctl.Dir.WRITE)
@ExpectSize(bytes = 104)
public record KvmEnableCap(
        @Unsigned int cap,
        @Unsigned int flags,
        @Unsigned @Length(4) long[] args,
        @Unsigned @Length(64) byte[] pad) {}
