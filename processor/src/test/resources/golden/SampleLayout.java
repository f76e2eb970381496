package p;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;

/**
 * The layouts of {@code struct sample} ({@link Sample}), one class per ABI:
 * {@link PPC32}.
 *
 * <p>Every accessor takes the buffer and the {@code offset} at which the struct starts in it,
 * and reads or writes in the ABI's byte order whatever the buffer's order; it never
 * moves the buffer's position. A buffer whose limit is below {@code offset + size()}
 * throws {@link IndexOutOfBoundsException} before any byte is touched.
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
public interface SampleLayout extends AbiLayout {
    /**
     * The layout under {@code abi}.
     *
     * @throws IllegalArgumentException if {@code abi} is not one of PPC32
     */
    static SampleLayout of(Abi abi) {
        return switch (abi) {
            case PPC32 -> PPC32.INSTANCE;
            default -> throw new IllegalArgumentException("struct sample is not laid out for " + abi
                    + "; its ABIs are PPC32");
        };
    }

    @Override
    default String cName() {
        return "sample";
    }

    @Override
    default String compatReport() {
        return "struct sample: 32/64-bit compat\n"
                        + "    no compat pair: it does not select both ABIs of any\n";
    }

    /**
     * Reads {@code uint8_t tag}.
     */
    byte getTag(ByteBuffer buf, int offset);

    /**
     * Writes {@code uint8_t tag}.
     */
    void setTag(ByteBuffer buf, int offset, byte v);

    /**
     * Reads {@code void *ptr}.
     */
    long getPtr(ByteBuffer buf, int offset);

    /**
     * Writes {@code void *ptr}.
     *
     * @throws IllegalArgumentException if this ABI's {@code void *} has 4 bytes
     *     and a value does not fit them
     */
    void setPtr(ByteBuffer buf, int offset, long v);

    /**
     * Reads element {@code [i][j]} of {@code int16_t m[2][3]}.
     */
    short getM(ByteBuffer buf, int offset, int i, int j);

    /**
     * Writes element {@code [i][j]} of {@code int16_t m[2][3]}.
     */
    void setM(ByteBuffer buf, int offset, int i, int j, short v);

    /**
     * Reads all of {@code int16_t m[2][3]} into a new array.
     */
    default short[][] getM(ByteBuffer buf, int offset) {
        Objects.checkIndex(offset, buf.limit() - size() + 1);
        short[][] values = new short[2][3];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                values[i][j] = getM(buf, offset, i, j);
            }
        }
        return values;
    }

    /**
     * Writes all of {@code int16_t m[2][3]}.
     *
     * @throws IllegalArgumentException if the lengths of {@code values} are not {@code [2][3]}
     */
    default void setM(ByteBuffer buf, int offset, short[][] values) {
        Objects.checkIndex(offset, buf.limit() - size() + 1);
        if (values.length != 2) {
            throw new IllegalArgumentException("m: length " + values.length + ", expected 2");
        }
        for (int i = 0; i < 2; i++) {
            if (values[i].length != 3) {
                throw new IllegalArgumentException("m: length "
                        + values[i].length + ", expected 3");
            }
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                setM(buf, offset, i, j, values[i][j]);
            }
        }
    }

    /**
     * Reads element {@code [i]} of {@code struct pair pairs[2]}.
     */
    Pair getPairs(ByteBuffer buf, int offset, int i);

    /**
     * Writes element {@code [i]} of {@code struct pair pairs[2]}.
     */
    void setPairs(ByteBuffer buf, int offset, int i, Pair v);

    /**
     * Reads all of {@code struct pair pairs[2]} into a new array.
     */
    default Pair[] getPairs(ByteBuffer buf, int offset) {
        Objects.checkIndex(offset, buf.limit() - size() + 1);
        Pair[] values = new Pair[2];
        for (int i = 0; i < 2; i++) {
            values[i] = getPairs(buf, offset, i);
        }
        return values;
    }

    /**
     * Writes all of {@code struct pair pairs[2]}.
     *
     * @throws IllegalArgumentException if the lengths of {@code values} are not {@code [2]}
     */
    default void setPairs(ByteBuffer buf, int offset, Pair[] values) {
        Objects.checkIndex(offset, buf.limit() - size() + 1);
        if (values.length != 2) {
            throw new IllegalArgumentException("pairs: length " + values.length + ", expected 2");
        }
        for (int i = 0; i < 2; i++) {
            setPairs(buf, offset, i, values[i]);
        }
    }

    /**
     * Reads the anonymous union {@code u}.
     */
    Anon getU(ByteBuffer buf, int offset);

    /**
     * Writes the anonymous union {@code u}.
     */
    void setU(ByteBuffer buf, int offset, Anon v);

    /**
     * Reads {@code int32_t i}.
     */
    int getI(ByteBuffer buf, int offset);

    /**
     * Writes {@code int32_t i}.
     */
    void setI(ByteBuffer buf, int offset, int v);

    /**
     * Reads {@code double d}.
     */
    double getD(ByteBuffer buf, int offset);

    /**
     * Writes {@code double d}.
     */
    void setD(ByteBuffer buf, int offset, double v);

    /**
     * Reads {@code long count}.
     */
    long getCount(ByteBuffer buf, int offset);

    /**
     * Writes {@code long count}.
     *
     * @throws IllegalArgumentException if this ABI's {@code long} has 4 bytes
     *     and a value does not fit them
     */
    void setCount(ByteBuffer buf, int offset, long v);

    /**
     * Reads the struct at {@code offset} into a new record.
     */
    Sample read(ByteBuffer buf, int offset);

    /**
     * Writes every member of {@code value} and zeroes every padding byte.
     * Members are written in order: one that is rejected leaves those before it written.
     */
    void write(ByteBuffer buf, int offset, Sample value);

    /**
     * Where element {@code index} of an array of this struct starting at
     * {@code arrayOffset} begins.
     *
     * @throws IndexOutOfBoundsException if {@code index} is negative
     * @throws ArithmeticException if the offset overflows an {@code int}
     */
    int elementOffset(int arrayOffset, int index);

    /**
     * Binds {@code struct sample} ({@link Sample}) under {@link Abi#PPC32}, big-endian.
     *
     * <p>{@code SIZE} is {@code sizeof(struct sample)}, {@code ALIGNMENT} its {@code _Alignof},
     * and each {@code OFFSET_} constant the offset of its member, as below.
     *
     * <pre>
     * struct sample {
     *     uint8_t tag;          /*     0     1 *&#47;
     *
     *     /* XXX 3 bytes hole *&#47;
     *
     *     void *ptr;            /*     4     4 *&#47;
     *     int16_t m[2][3];      /*     8    12 *&#47;
     *     struct pair pairs[2]; /*    20    16 *&#47;
     *
     *     /* XXX 4 bytes hole *&#47;
     *
     *     union {
     *         int32_t i;        /*    40     4 *&#47;
     *         double d;         /*    40     8 *&#47;
     *     };                    /*    40     8 *&#47;
     *     long count;           /*    48     4 *&#47;
     *
     *     /* size: 56, align: 8, members: 6, holes: 2, sum holes: 7 *&#47;
     *     /* padding: 4 *&#47;
     * };
     * </pre>
     */
    final class PPC32 implements SampleLayout {
        public static final int SIZE = 56;

        public static final int ALIGNMENT = 8;

        public static final int OFFSET_TAG = 0;

        public static final int OFFSET_PTR = 4;

        public static final int OFFSET_M = 8;

        public static final int OFFSET_PAIRS = 20;

        public static final int OFFSET_U = 40;

        public static final int OFFSET_I = 40;

        public static final int OFFSET_D = 40;

        public static final int OFFSET_COUNT = 48;

        /**
         * The only instance.
         */
        public static final PPC32 INSTANCE = new PPC32();

        private static final String LAYOUT = "struct sample {\n"
                + "    uint8_t tag;          /*     0     1 */\n"
                + "\n"
                + "    /* XXX 3 bytes hole */\n"
                + "\n"
                + "    void *ptr;            /*     4     4 */\n"
                + "    int16_t m[2][3];      /*     8    12 */\n"
                + "    struct pair pairs[2]; /*    20    16 */\n"
                + "\n"
                + "    /* XXX 4 bytes hole */\n"
                + "\n"
                + "    union {\n"
                + "        int32_t i;        /*    40     4 */\n"
                + "        double d;         /*    40     8 */\n"
                + "    };                    /*    40     8 */\n"
                + "    long count;           /*    48     4 */\n"
                + "\n"
                + "    /* size: 56, align: 8, members: 6, holes: 2, sum holes: 7 */\n"
                + "    /* padding: 4 */\n"
                + "};\n";

        private static final Map<String, Integer> OFFSETS = offsetTable();

        private static final VarHandle SHORT_BE = MethodHandles.byteBufferViewVarHandle(short[].class,
                ByteOrder.BIG_ENDIAN);

        private static final VarHandle INT_BE = MethodHandles.byteBufferViewVarHandle(int[].class,
                ByteOrder.BIG_ENDIAN);

        private static final VarHandle DOUBLE_BE = MethodHandles.byteBufferViewVarHandle(double[].class,
                ByteOrder.BIG_ENDIAN);

        private PPC32() {
        }

        @Override
        public Abi abi() {
            return Abi.PPC32;
        }

        @Override
        public int alignment() {
            return ALIGNMENT;
        }

        @Override
        public String describe() {
            return LAYOUT;
        }

        @Override
        public int size() {
            return SIZE;
        }

        private static Map<String, Integer> offsetTable() {
            Map<String, Integer> offsets = new LinkedHashMap<>();
            offsets.put("tag", OFFSET_TAG);
            offsets.put("ptr", OFFSET_PTR);
            offsets.put("m", OFFSET_M);
            offsets.put("pairs", OFFSET_PAIRS);
            offsets.put("i", OFFSET_I);
            offsets.put("d", OFFSET_D);
            offsets.put("count", OFFSET_COUNT);
            return Collections.unmodifiableMap(offsets);
        }

        @Override
        public Map<String, Integer> offsets() {
            return OFFSETS;
        }

        @Override
        public byte getTag(ByteBuffer buf, int offset) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            return buf.get(offset + OFFSET_TAG);
        }

        @Override
        public void setTag(ByteBuffer buf, int offset, byte v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            buf.put(offset + OFFSET_TAG, v);
        }

        @Override
        public long getPtr(ByteBuffer buf, int offset) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            return Integer.toUnsignedLong((int) INT_BE.get(buf, offset + OFFSET_PTR));
        }

        @Override
        public void setPtr(ByteBuffer buf, int offset, long v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            if (v >>> 32 != 0) {
                throw new IllegalArgumentException("ptr: 0x" + Long.toHexString(v)
                        + " does not fit a 4-byte void *");
            }
            INT_BE.set(buf, offset + OFFSET_PTR, (int) v);
        }

        @Override
        public short getM(ByteBuffer buf, int offset, int i, int j) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            Objects.checkIndex(i, 2);
            Objects.checkIndex(j, 3);
            return (short) SHORT_BE.get(buf, offset + OFFSET_M + (i * 3 + j) * 2);
        }

        @Override
        public void setM(ByteBuffer buf, int offset, int i, int j, short v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            Objects.checkIndex(i, 2);
            Objects.checkIndex(j, 3);
            SHORT_BE.set(buf, offset + OFFSET_M + (i * 3 + j) * 2, v);
        }

        @Override
        public Pair getPairs(ByteBuffer buf, int offset, int i) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            Objects.checkIndex(i, 2);
            return PairLayout.PPC32.INSTANCE.read(buf, offset + OFFSET_PAIRS + i * 8);
        }

        @Override
        public void setPairs(ByteBuffer buf, int offset, int i, Pair v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            Objects.checkIndex(i, 2);
            PairLayout.PPC32.INSTANCE.write(buf, offset + OFFSET_PAIRS + i * 8, v);
        }

        @Override
        public Anon getU(ByteBuffer buf, int offset) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            return AnonLayout.PPC32.INSTANCE.read(buf, offset + OFFSET_U);
        }

        @Override
        public void setU(ByteBuffer buf, int offset, Anon v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            AnonLayout.PPC32.INSTANCE.write(buf, offset + OFFSET_U, v);
        }

        @Override
        public int getI(ByteBuffer buf, int offset) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            return (int) INT_BE.get(buf, offset + OFFSET_I);
        }

        @Override
        public void setI(ByteBuffer buf, int offset, int v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            INT_BE.set(buf, offset + OFFSET_I, v);
        }

        @Override
        public double getD(ByteBuffer buf, int offset) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            return (double) DOUBLE_BE.get(buf, offset + OFFSET_D);
        }

        @Override
        public void setD(ByteBuffer buf, int offset, double v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            DOUBLE_BE.set(buf, offset + OFFSET_D, v);
        }

        @Override
        public long getCount(ByteBuffer buf, int offset) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            return (long) (int) INT_BE.get(buf, offset + OFFSET_COUNT);
        }

        @Override
        public void setCount(ByteBuffer buf, int offset, long v) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            if (v != (int) v) {
                throw new IllegalArgumentException("count: " + v + " does not fit a 4-byte long");
            }
            INT_BE.set(buf, offset + OFFSET_COUNT, (int) v);
        }

        @Override
        public Sample read(ByteBuffer buf, int offset) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            return new Sample(
                    getTag(buf, offset),
                    getPtr(buf, offset),
                    getM(buf, offset),
                    getPairs(buf, offset),
                    getU(buf, offset),
                    getCount(buf, offset));
        }

        @Override
        public void write(ByteBuffer buf, int offset, Sample value) {
            Objects.checkIndex(offset, buf.limit() - SIZE + 1);
            // hole: 3 bytes after tag
            zero(buf, offset + 1, 3);
            // hole: 4 bytes after pairs
            zero(buf, offset + 36, 4);
            // tail padding: 4 bytes after count
            zero(buf, offset + 52, 4);
            setTag(buf, offset, value.tag());
            setPtr(buf, offset, value.ptr());
            setM(buf, offset, value.m());
            setPairs(buf, offset, value.pairs());
            setU(buf, offset, value.u());
            setCount(buf, offset, value.count());
        }

        @Override
        public int elementOffset(int arrayOffset, int index) {
            if (index < 0) {
                throw new IndexOutOfBoundsException("negative index " + index);
            }
            return Math.addExact(arrayOffset, Math.multiplyExact(index, SIZE));
        }

        /**
         * Sets {@code count} bytes from {@code index} to zero.
         */
        private static void zero(ByteBuffer buf, int index, int count) {
            for (int end = index + count; index < end; index++) {
                buf.put(index, (byte) 0);
            }
        }
    }
}
