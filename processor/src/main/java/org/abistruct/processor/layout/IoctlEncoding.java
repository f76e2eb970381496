package org.abistruct.processor.layout;

import java.util.EnumMap;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.Ioctl;
import org.abistruct.processor.model.IoctlDecl;

/**
 * How one ABI's kernel packs an ioctl number, as its {@code asm/ioctl.h} defines it: the bit
 * position and width of each field, and the value of each direction. The number is
 * {@code dir << dirShift | size << sizeShift | type << typeShift | nr << nrShift}, an unsigned
 * 32-bit value. The generic layout (x86, arm, arm64, riscv, s390, m68k, sh) has a 14-bit size and
 * a 2-bit direction; powerpc, mips and alpha a 13-bit size and a 3-bit direction with a
 * non-zero {@code _IOC_NONE}; PA-RISC the generic fields with READ and WRITE swapped. Sparc has the values of powerpc, but a size may spill into bit 29, the
 * NONE bit, because a command with a size is never NONE: its size field is 14 bits wide.
 */
public record IoctlEncoding(
        Abi abi,
        int nrShift, int nrBits,
        int typeShift, int typeBits,
        int sizeShift, int sizeBits,
        int dirShift, int dirBits,
        int none, int read, int write) {

    private static final Map<Abi, IoctlEncoding> TABLE = new EnumMap<>(Abi.class);

    static {
        //   abi           size: shift bits  dir: shift bits  NONE READ WRITE
        row(Abi.X86_64,          16,   14,        30,   2,     0,   2,    1);
        row(Abi.I386,            16,   14,        30,   2,     0,   2,    1);
        row(Abi.X32,             16,   14,        30,   2,     0,   2,    1);
        row(Abi.PPC32,           16,   13,        29,   3,     1,   2,    4);
        row(Abi.PPC64,           16,   13,        29,   3,     1,   2,    4);
        row(Abi.PPC64LE,         16,   13,        29,   3,     1,   2,    4);
        row(Abi.ARM,             16,   14,        30,   2,     0,   2,    1);
        row(Abi.AARCH64,         16,   14,        30,   2,     0,   2,    1);
        row(Abi.M68K,            16,   14,        30,   2,     0,   2,    1);
        row(Abi.S390X,           16,   14,        30,   2,     0,   2,    1);
        row(Abi.MIPS32,          16,   13,        29,   3,     1,   2,    4);
        row(Abi.RISCV64,         16,   14,        30,   2,     0,   2,    1);
        row(Abi.SPARC64,         16,   14,        29,   3,     1,   2,    4);
        row(Abi.SH4,             16,   14,        30,   2,     0,   2,    1);
        row(Abi.SPARC32,         16,   14,        29,   3,     1,   2,    4);
        row(Abi.S390,            16,   14,        30,   2,     0,   2,    1);
        row(Abi.MIPS_N32,        16,   13,        29,   3,     1,   2,    4);
        row(Abi.MIPS64,          16,   13,        29,   3,     1,   2,    4);
        row(Abi.RISCV32,         16,   14,        30,   2,     0,   2,    1);
        row(Abi.HPPA,            16,   14,        30,   2,     0,   1,    2);
        row(Abi.HPPA64,          16,   14,        30,   2,     0,   1,    2);
        row(Abi.ALPHA,           16,   13,        29,   3,     1,   2,    4);
        row(Abi.MIPSEL,          16,   13,        29,   3,     1,   2,    4);
        row(Abi.ARMHF,           16,   14,        30,   2,     0,   2,    1);
    }

    public IoctlEncoding {
        if (dirShift + dirBits != 32 || nrShift + nrBits > typeShift
                || typeShift + typeBits > sizeShift) {
            throw new IllegalArgumentException("ioctl fields of " + abi + " overlap or miss bits");
        }
        int dirMax = (1 << dirBits) - 1;
        if ((none | read | write) > dirMax || (read & write) != 0) {
            throw new IllegalArgumentException("ioctl directions of " + abi);
        }
    }

    private static void row(Abi abi, int sizeShift, int sizeBits, int dirShift, int dirBits,
                            int none, int read, int write) {
        TABLE.put(abi, new IoctlEncoding(abi, 0, 8, 8, 8, sizeShift, sizeBits, dirShift, dirBits,
                none, read, write));
    }

    /** The encoding of {@code abi}. */
    public static IoctlEncoding of(Abi abi) {
        return TABLE.get(abi);
    }

    /** The largest argument size the size field holds. */
    public long maxSize() {
        return (1L << sizeBits) - 1;
    }

    /** The value of {@code dir} in the direction field ({@code _IOC_READ|_IOC_WRITE} for both). */
    public int dirValue(Ioctl.Dir dir) {
        return switch (dir) {
            case NONE -> none;
            case READ -> read;
            case WRITE -> write;
            case READ_WRITE -> read | write;
        };
    }

    /**
     * The number of {@code ioctl} with an argument of {@code argumentSize} bytes (0 for
     * {@link Ioctl.Dir#NONE}), or a result without a number when the size does not fit.
     */
    public IoctlNumber number(IoctlDecl ioctl, long argumentSize) {
        if (argumentSize < 0 || (ioctl.dir() == Ioctl.Dir.NONE && argumentSize != 0)) {
            throw new IllegalArgumentException(ioctl.name() + " (" + ioctl.macro()
                    + ") with an argument of " + argumentSize + " bytes");
        }
        if (argumentSize > maxSize()) {
            return IoctlNumber.tooLarge(abi, ioctl, argumentSize, maxSize());
        }
        long value = (long) dirValue(ioctl.dir()) << dirShift
                | argumentSize << sizeShift
                | (long) ioctl.type() << typeShift
                | (long) ioctl.nr() << nrShift;
        return IoctlNumber.of(abi, ioctl, argumentSize, maxSize(), value);
    }

    /** The number of {@code ioctl} whose argument is the struct laid out as {@code layout}. */
    public static IoctlNumber number(IoctlDecl ioctl, StructLayout layout) {
        return number(ioctl, layout.abi(), layout.size());
    }

    /**
     * The number of {@code ioctl} under {@code abi}: its legacy number there if it has one,
     * else encoded with its argument's size: {@code structSize} for the struct it is declared
     * on, the ABI's size of a scalar argument, none for {@link Ioctl.Dir#NONE}.
     */
    public static IoctlNumber number(IoctlDecl ioctl, Abi abi, long structSize) {
        Long legacy = ioctl.legacy().get(abi);
        IoctlEncoding encoding = of(abi);
        if (legacy != null) {
            return IoctlNumber.of(abi, ioctl, 0, encoding.maxSize(), legacy);
        }
        if (ioctl.dir() == Ioctl.Dir.NONE) {
            return encoding.number(ioctl, 0);
        }
        return encoding.number(ioctl, ioctl.arg() == Ioctl.Arg.STRUCT ? structSize
                : argumentSize(ioctl.arg(), AbiRules.of(abi)));
    }

    private static long argumentSize(Ioctl.Arg arg, AbiRules rules) {
        return switch (arg) {
            case U8 -> 1;
            case U16 -> 2;
            case INT, UINT, U32 -> 4;
            case U64 -> 8;
            case LONG, ULONG -> rules.longSize();
            case POINTER -> rules.pointerSize();
            case STRUCT -> throw new IllegalArgumentException("a struct argument has its size");
        };
    }
}
