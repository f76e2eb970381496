package org.abistruct;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an ioctl command, whose number abistruct computes for each ABI with that
 * architecture's encoding.
 *
 * <p>On an {@link AbiStruct} or {@link AbiUnion} record, the command's argument is that struct:
 * its size goes into the number, and the generated C header asserts the number against the
 * kernel's own macro.
 *
 * <pre>{@code
 * @AbiStruct(name = "kvm_dirty_tlb")
 * @Ioctl(name = "KVM_DIRTY_TLB", type = 0xAE, nr = 0xaa, dir = Ioctl.Dir.WRITE)
 * public record KvmDirtyTlb(@Unsigned long bitmap, @Unsigned int numDirty) {}
 * }</pre>
 *
 * <p>A command without an argument ({@code _IO}) is declared with {@link Dir#NONE} on a plain
 * interface, which groups the commands of one device:
 *
 * <pre>{@code
 * @Ioctl(name = "KVM_RUN", type = 0xAE, nr = 0x80, dir = Ioctl.Dir.NONE)
 * @Ioctl(name = "KVM_GET_API_VERSION", type = 0xAE, nr = 0x00, dir = Ioctl.Dir.NONE)
 * public interface Kvm {}
 * }</pre>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Ioctl.List.class)
public @interface Ioctl {
    /** The C macro of the command, such as {@code KVM_DIRTY_TLB}. */
    String name();

    /** The type (magic) byte, 0 to 255, such as {@code 0xAE} for KVM. */
    int type();

    /** The command number within its type, 0 to 255. */
    int nr();

    /** Which way the argument travels, seen from user space. */
    Dir dir();

    /** The direction of an ioctl's argument, one per C macro. */
    enum Dir {
        /** {@code _IO}: no argument; only on a type that is not a struct or union. */
        NONE,
        /** {@code _IOR}: the kernel writes the struct, user space reads it. */
        READ,
        /** {@code _IOW}: user space writes the struct, the kernel reads it. */
        WRITE,
        /** {@code _IOWR}: both. */
        READ_WRITE
    }

    /** The container of repeated {@link Ioctl} annotations. */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        Ioctl[] value();
    }
}
