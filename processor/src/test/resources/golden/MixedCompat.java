package p;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Converts {@code struct mixed} ({@link Mixed}) between 32-bit user space and its 64-bit kernel,
 * as a kernel's compat handler does. The regions converted from and to must not overlap.
 *
 * <ul>
 * <li>I386 -&gt; X86_64: sizes 32 and 48, converted member by member</li>
 * </ul>
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
public final class MixedCompat {
    private static final VarHandle INT_LE = MethodHandles.byteBufferViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);

    private static final VarHandle INT_NATIVE = MethodHandles.byteBufferViewVarHandle(int[].class,
            ByteOrder.nativeOrder());

    private static final VarHandle LONG_LE = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private static final VarHandle LONG_NATIVE = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.nativeOrder());

    private static final VarHandle SHORT_NATIVE = MethodHandles.byteBufferViewVarHandle(short[].class,
            ByteOrder.nativeOrder());

    private MixedCompat() {
    }

    /**
     * Converts the struct at {@code fromOffset}, laid out for I386, into {@code to} at
     * {@code toOffset}, laid out for X86_64.
     *
     * @throws IndexOutOfBoundsException if a struct does not fit its buffer
     */
    public static void i386ToX86_64(ByteBuffer from, int fromOffset, ByteBuffer to, int toOffset) {
        Objects.checkFromIndexSize(fromOffset, 32, from.limit());
        Objects.checkFromIndexSize(toOffset, 48, to.limit());
        i386ToX86_64At(from, fromOffset, to, toOffset);
    }

    /**
     * Converts {@code count} consecutive structs, as {@link #i386ToX86_64(ByteBuffer, int, ByteBuffer, int)}
     * does one.
     *
     * @throws IndexOutOfBoundsException if the array does not fit its buffer
     */
    public static void i386ToX86_64(ByteBuffer from, int fromOffset, ByteBuffer to, int toOffset,
            int count) {
        Objects.checkFromIndexSize(fromOffset, Math.multiplyExact(count, 32), from.limit());
        Objects.checkFromIndexSize(toOffset, Math.multiplyExact(count, 48), to.limit());
        for (int n = 0; n < count; n++) {
            i386ToX86_64At(from, fromOffset + n * 32, to, toOffset + n * 48);
        }
    }

    private static void i386ToX86_64At(ByteBuffer from, int fromOffset, ByteBuffer to,
            int toOffset) {
        widenUnsignedLE(from, fromOffset, to, toOffset);
        for (int i0 = 0; i0 < 2; i0++) {
            int f0 = fromOffset + 4 + i0 * 12;
            int t0 = toOffset + 8 + i0 * 16;
            to.put(t0, from.get(f0));
            INT_NATIVE.set(to, t0 + 1, 0);
            SHORT_NATIVE.set(to, t0 + 5, (short) 0);
            to.put(t0 + 7, (byte) 0);
            LONG_NATIVE.set(to, t0 + 8, (long) LONG_NATIVE.get(from, f0 + 4));
        }
        widenSignedLE(from, fromOffset + 28, to, toOffset + 40);
    }

    /**
     * Converts the struct at {@code fromOffset}, laid out for X86_64, into {@code to} at
     * {@code toOffset}, laid out for I386.
     *
     * @throws IndexOutOfBoundsException if a struct does not fit its buffer
     * @throws IllegalArgumentException if a pointer or C long does not fit 4 bytes
     */
    public static void x86_64ToI386(ByteBuffer from, int fromOffset, ByteBuffer to, int toOffset) {
        Objects.checkFromIndexSize(fromOffset, 48, from.limit());
        Objects.checkFromIndexSize(toOffset, 32, to.limit());
        x86_64ToI386At(from, fromOffset, to, toOffset);
    }

    /**
     * Converts {@code count} consecutive structs, as {@link #x86_64ToI386(ByteBuffer, int, ByteBuffer, int)}
     * does one.
     *
     * @throws IndexOutOfBoundsException if the array does not fit its buffer
     * @throws IllegalArgumentException if a pointer or C long does not fit 4 bytes
     */
    public static void x86_64ToI386(ByteBuffer from, int fromOffset, ByteBuffer to, int toOffset,
            int count) {
        Objects.checkFromIndexSize(fromOffset, Math.multiplyExact(count, 48), from.limit());
        Objects.checkFromIndexSize(toOffset, Math.multiplyExact(count, 32), to.limit());
        for (int n = 0; n < count; n++) {
            x86_64ToI386At(from, fromOffset + n * 48, to, toOffset + n * 32);
        }
    }

    private static void x86_64ToI386At(ByteBuffer from, int fromOffset, ByteBuffer to,
            int toOffset) {
        narrowUnsignedLE(from, fromOffset, to, toOffset, "mixed.ptr (void *)");
        for (int i0 = 0; i0 < 2; i0++) {
            int f0 = fromOffset + 8 + i0 * 16;
            int t0 = toOffset + 4 + i0 * 12;
            to.put(t0, from.get(f0));
            SHORT_NATIVE.set(to, t0 + 1, (short) 0);
            to.put(t0 + 3, (byte) 0);
            LONG_NATIVE.set(to, t0 + 4, (long) LONG_NATIVE.get(from, f0 + 8));
        }
        narrowSignedLE(from, fromOffset + 40, to, toOffset + 28, "mixed.count (long)");
    }

    /**
     * Narrows an 8-byte value to 4 bytes.
     *
     * @throws IllegalArgumentException if it does not fit them
     */
    private static void narrowSignedLE(ByteBuffer from, int fromIndex, ByteBuffer to, int toIndex,
            String what) {
        long value = (long) LONG_LE.get(from, fromIndex);
        if (value != (int) value) {
            throw new IllegalArgumentException(what + ": 0x" + Long.toHexString(value)
                    + " does not fit 4 bytes");
        }
        INT_LE.set(to, toIndex, (int) value);
    }

    /**
     * Narrows an 8-byte value to 4 bytes.
     *
     * @throws IllegalArgumentException if it does not fit them
     */
    private static void narrowUnsignedLE(ByteBuffer from, int fromIndex, ByteBuffer to, int toIndex,
            String what) {
        long value = (long) LONG_LE.get(from, fromIndex);
        if (value >>> 32 != 0) {
            throw new IllegalArgumentException(what + ": 0x" + Long.toHexString(value)
                    + " does not fit 4 bytes");
        }
        INT_LE.set(to, toIndex, (int) value);
    }

    /**
     * Widens a 4-byte value to 8 bytes, sign-extending.
     */
    private static void widenSignedLE(ByteBuffer from, int fromIndex, ByteBuffer to, int toIndex) {
        LONG_LE.set(to, toIndex, (long) (int) INT_LE.get(from, fromIndex));
    }

    /**
     * Widens a 4-byte value to 8 bytes, zero-extending.
     */
    private static void widenUnsignedLE(ByteBuffer from, int fromIndex, ByteBuffer to,
            int toIndex) {
        LONG_LE.set(to, toIndex, Integer.toUnsignedLong((int) INT_LE.get(from, fromIndex)));
    }
}
