package org.abistruct.processor.layout;

import java.util.EnumMap;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.processor.model.ScalarKind;

/**
 * The scalar facts of one ABI, as its reference GCC reports them: sizes of the ABI-dependent
 * types and the alignment each scalar gets as a struct member. Read with {@code offsetof} of
 * {@code struct { char c; T x; }}: that is the member alignment, which on i386, sh4 and m68k is
 * smaller than the type's preferred alignment. No struct or union has a minimum alignment above
 * 1 on any of these ABIs.
 *
 * <p>Bitfields follow GCC's {@code PCC_BITFIELD_TYPE_MATTERS} on every ABI but m68k: a bitfield
 * never spans more units of its type's alignment than the type has, and a named one aligns the
 * struct as its type does (on ARM and AArch64 an unnamed one too). On m68k bitfields pack at
 * any bit, a zero-width one aligns to 2 bytes, and one whose width is an integer mode's and
 * whose bit position is aligned to that mode takes the mode's alignment.
 */
public record AbiRules(
        Abi abi,
        int pointerSize,
        int pointerAlign,
        int longSize,
        int longAlign,
        int align16,
        int align32,
        int align64,
        int floatAlign,
        int doubleAlign) {

    private static final Map<Abi, AbiRules> TABLE = new EnumMap<>(Abi.class);

    static {
        //   abi           ptr  ptrA long longA a16 a32 a64 flt dbl
        row(Abi.X86_64,     8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.I386,       4,   4,   4,   4,   2,  4,  4,  4,  4);
        row(Abi.X32,        4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.PPC32,      4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.PPC64,      8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.PPC64LE,    8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.ARM,        4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.AARCH64,    8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.M68K,       4,   2,   4,   2,   2,  2,  2,  2,  2);
        row(Abi.S390X,      8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.MIPS32,     4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.RISCV64,    8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.SPARC64,    8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.SH4,        4,   4,   4,   4,   2,  4,  4,  4,  4);
        row(Abi.SPARC32,    4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.S390,       4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.MIPS_N32,   4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.MIPS64,     8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.RISCV32,    4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.HPPA,       4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.HPPA64,     8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.ALPHA,      8,   8,   8,   8,   2,  4,  8,  4,  8);
        row(Abi.MIPSEL,     4,   4,   4,   4,   2,  4,  8,  4,  8);
        row(Abi.ARMHF,      4,   4,   4,   4,   2,  4,  8,  4,  8);
    }

    private static void row(Abi abi, int ptr, int ptrA, int lng, int lngA,
                            int a16, int a32, int a64, int flt, int dbl) {
        TABLE.put(abi, new AbiRules(abi, ptr, ptrA, lng, lngA, a16, a32, a64, flt, dbl));
    }

    /** The rules of {@code abi}. */
    public static AbiRules of(Abi abi) {
        return TABLE.get(abi);
    }

    /** Whether a bitfield's declared type places and aligns it (false only on m68k). */
    public boolean bitfieldTypeMatters() {
        return abi != Abi.M68K;
    }

    /** Whether an unnamed bitfield aligns the struct as a named one does. */
    public boolean unnamedBitfieldAligns() {
        return abi == Abi.ARM || abi == Abi.ARMHF || abi == Abi.AARCH64;
    }

    /** Where types do not matter (m68k): the alignment of a zero-width bitfield. */
    int emptyFieldBoundary() {
        return 2;
    }

    /**
     * The alignment of the integer mode of {@code width} bits (0 for a width no mode has): a
     * bitfield of that width at a position so aligned becomes a plain field of that alignment.
     * m68k aligns its modes to at most 2 and sh4 to at most 4; i386 aligns 64-bit ones to 8,
     * though a plain {@code long long} member gets 4 (which an aligned attribute on the
     * bitfield keeps it from).
     */
    int modeAlign(int width) {
        if (width != 8 && width != 16 && width != 32 && width != 64) {
            return 0;
        }
        return abi == Abi.M68K ? Math.min(width / 8, 2)
                : abi == Abi.SH4 ? Math.min(width / 8, 4) : width / 8;
    }

    /** {@code sizeof} of a scalar. */
    public int sizeOf(ScalarKind kind) {
        return switch (kind) {
            case POINTER -> pointerSize;
            case LONG, ULONG -> longSize;
            default -> kind.fixedSize();
        };
    }

    /** The alignment of a scalar as a struct member. */
    public int alignOf(ScalarKind kind) {
        return switch (kind) {
            case INT8, UINT8, CHAR, BOOL -> 1;
            case INT16, UINT16, CHAR16 -> align16;
            case INT32, UINT32 -> align32;
            case INT64, UINT64 -> align64;
            case FLOAT -> floatAlign;
            case DOUBLE -> doubleAlign;
            case POINTER -> pointerAlign;
            case LONG, ULONG -> longAlign;
        };
    }
}
