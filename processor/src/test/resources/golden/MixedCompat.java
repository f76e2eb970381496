package p;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.abistruct.Abi;
import org.abistruct.runtime.CompatCopy;
import org.abistruct.runtime.CompatPairs;
import org.abistruct.runtime.CompatValues;

/**
 * Converts {@code struct mixed} ({@link Mixed}) between 32-bit user space and its 64-bit
 * kernel, as {@link org.abistruct.Compat#GENERATE} describes.
 * <ul>
 * <li>I386 -&gt; X86_64: sizes 32 and 48, converted member by member</li>
 * </ul>
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
public final class MixedCompat {
    private static final Abi[] PAIRS = {Abi.I386, Abi.X86_64};

    private MixedCompat() {
    }

    /** I386 to X86_64: one struct. */
    public static void i386ToX86_64(ByteBuffer from, int fromOffset, ByteBuffer to, int toOffset) {
        i386ToX86_64(from, fromOffset, to, toOffset, 1);
    }

    /** I386 to X86_64: {@code count} consecutive structs. */
    public static void i386ToX86_64(ByteBuffer from, int fromOffset, ByteBuffer to, int toOffset,
            int count) {
        CompatCopy.checkArrays(from, fromOffset, 32, to, toOffset, 48, count);
        for (int n = 0; n < count; n++) {
            int f = fromOffset + n * 32;
            int t = toOffset + n * 48;
            CompatCopy.widen(from, f, 0, to, t, 0, false, false);
            for (int i0 = 0; i0 < 2; i0++) {
                int f0 = f + 4 + i0 * 12;
                int t0 = t + 8 + i0 * 16;
                CompatCopy.copy1Zero7(from, f0, 0, to, t0, 0);
                CompatCopy.copy8(from, f0, 4, to, t0, 8);
            }
            CompatCopy.widen(from, f, 28, to, t, 40, true, false);
        }
    }

    /** X86_64 to I386: one struct. */
    public static void x86_64ToI386(ByteBuffer from, int fromOffset, ByteBuffer to, int toOffset) {
        x86_64ToI386(from, fromOffset, to, toOffset, 1);
    }

    /** X86_64 to I386: {@code count} consecutive structs. */
    public static void x86_64ToI386(ByteBuffer from, int fromOffset, ByteBuffer to, int toOffset,
            int count) {
        CompatCopy.checkArrays(from, fromOffset, 48, to, toOffset, 32, count);
        for (int n = 0; n < count; n++) {
            int f = fromOffset + n * 48;
            CompatValues.fits(from, f, 0, false, false, "mixed.ptr (void *)");
            CompatValues.fits(from, f, 40, true, false, "mixed.count (long)");
        }
        for (int n = 0; n < count; n++) {
            int f = fromOffset + n * 48;
            int t = toOffset + n * 32;
            CompatCopy.narrow(from, f, 0, to, t, 0, false, false, "mixed.ptr (void *)");
            for (int i0 = 0; i0 < 2; i0++) {
                int f0 = f + 8 + i0 * 16;
                int t0 = t + 4 + i0 * 12;
                CompatCopy.copy1(from, f0, 0, to, t0, 0);
                CompatCopy.zero2(to, t0, 1);
                CompatCopy.zero1(to, t0, 3);
                CompatCopy.copy8(from, f0, 8, to, t0, 4);
            }
            CompatCopy.narrow(from, f, 40, to, t, 28, true, false, "mixed.count (long)");
        }
    }

    /** Converts {@code count} consecutive structs from {@code fromAbi} to {@code toAbi}. */
    public static void convert(Abi fromAbi, Abi toAbi, ByteBuffer from, int fromOffset,
            ByteBuffer to, int toOffset, int count) {
        switch (CompatPairs.route(PAIRS, fromAbi, toAbi, "struct mixed")) {
            case 0 -> i386ToX86_64(from, fromOffset, to, toOffset, count);
            case 1 -> x86_64ToI386(from, fromOffset, to, toOffset, count);
        }
    }

    /** Converts one struct from {@code fromAbi} to {@code toAbi}. */
    public static void convert(Abi fromAbi, Abi toAbi, ByteBuffer from, int fromOffset,
            ByteBuffer to, int toOffset) {
        convert(fromAbi, toAbi, from, fromOffset, to, toOffset, 1);
    }
}
