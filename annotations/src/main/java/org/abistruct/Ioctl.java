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
 *
 * <p>A command whose argument is a scalar ({@code int *}, {@code __u64 *}...) is declared on an
 * interface too, with its {@link #arg}: {@code @Ioctl(name = "TUNSETIFF", type = 'T', nr = 202,
 * dir = Ioctl.Dir.WRITE, arg = Ioctl.Arg.INT)}. A command whose number some architectures do not
 * encode ({@code TCGETS} is {@code 0x5401} on x86) gives those numbers in {@link #legacy}.
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

    /**
     * The argument's C type for a command declared on an interface; {@link Arg#STRUCT}, the
     * default, is the record the command is declared on (or none, for {@code dir = NONE}).
     */
    Arg arg() default Arg.STRUCT;

    /** Numbers fixed by the kernel per ABI, used there instead of the encoded number. */
    Legacy[] legacy() default {};

    /** The C type of an ioctl's argument, sized per ABI. */
    enum Arg {
        /** The struct or union the command is declared on; none on an interface. */
        STRUCT("struct"),
        /** {@code int}. */
        INT("int"),
        /** {@code unsigned int}. */
        UINT("unsigned int"),
        /** {@code long}: 4 or 8 bytes, per ABI. */
        LONG("long"),
        /** {@code unsigned long}: 4 or 8 bytes, per ABI. */
        ULONG("unsigned long"),
        /** A pointer, {@code void *}: 4 or 8 bytes, per ABI. */
        POINTER("void *"),
        /** {@code __u8}. */
        U8("__u8"),
        /** {@code __u16}. */
        U16("__u16"),
        /** {@code __u32}. */
        U32("__u32"),
        /** {@code __u64}. */
        U64("__u64");

        private final String cType;

        Arg(String cType) {
            this.cType = cType;
        }

        /** How C spells the type in the command's macro, such as {@code unsigned int}. */
        public String cType() {
            return cType;
        }
    }

    /**
     * A number the kernel fixes for {@code abis}, not encoded from type, nr, direction and size:
     * the legacy terminal and socket commands ({@code TCGETS} {@code 0x5401},
     * {@code SIOCGIFCONF} {@code 0x8912}), which differ again on some architectures.
     */
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Legacy {
        /** The command's number there, an unsigned 32-bit value. */
        long number();

        /** The ABIs with that number. */
        Abi[] abis();
    }

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
