package p;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.runtime.BufferAccess;
import org.abistruct.runtime.BufferArrays;
import org.abistruct.runtime.LayoutText;
import org.abistruct.runtime.Layouts;
import org.abistruct.runtime.MemberOffsets;
import org.abistruct.runtime.PaddingBytes;
import org.abistruct.runtime.Values;

/**
 * The layouts of {@code struct sample} ({@link Sample}), as {@link AbiLayout} says; each one's
 * {@link #describe()} shows it in pahole style.
 * <ul>
 * <li>PPC32 (big-endian): 56 bytes, aligned to 8</li>
 * </ul>
 */
@Generated("org.abistruct.processor.AbiStructProcessor")
public record SampleLayout(Abi abi, int size, int alignment, boolean bigEndian, int wordSize,
        String describe, PaddingBytes padding, int tagOffset, int ptrOffset, int mOffset,
        int pairsOffset, int uOffset, int iOffset, int dOffset, int countOffset,
        PairLayout pairsLayout, AnonLayout uLayout) implements AbiLayout {
    private static final String[] LINES = {"uint8_t tag;", "void *ptr;", "int16_t m[2][3];",
            "struct pair pairs[2];", "union {", "    int32_t i;", "    double d;", "};",
            "long count;"};
    public static final SampleLayout PPC32 = new SampleLayout(Abi.PPC32, 56, 8, true, 4,
            LayoutText.of("struct sample", 6, LINES, 56, 8, 4,
            "0 1, hole 3, 4 4, 8 12, 20 16, hole 4, 40 4, 40 8, 40 8, 48 4"),
            PaddingBytes.of(1, 3, 36, 4, 52, 4), 0, 4, 8, 20, 40, 40, 40, 48, PairLayout.PPC32,
            AnonLayout.PPC32);
    private static final SampleLayout[] LAYOUTS = {PPC32};
    private static final List<String> MEMBERS = List.of("tag", "ptr", "m", "pairs", "i", "d",
            "count");
    private static final String COMPAT_REPORT = """
            struct sample: 32/64-bit compat
                no compat pair: it does not select both ABIs of any
            """;

    /** The layout under {@code abi}, one of the constants. */
    public static SampleLayout of(Abi abi) {
        return Layouts.of(LAYOUTS, abi, "struct sample");
    }

    @Override
    public String cName() {
        return "sample";
    }

    @Override
    public String compatReport() {
        return COMPAT_REPORT;
    }

    @Override
    public Map<String, Integer> offsets() {
        return MemberOffsets.of(MEMBERS, tagOffset, ptrOffset, mOffset, pairsOffset, iOffset,
                dOffset, countOffset);
    }

    @Override
    public String toString() {
        return "struct sample on " + abi;
    }

    /** Reads {@code uint8_t tag}. */
    public byte getTag(ByteBuffer buf, int offset) {
        return BufferAccess.getByte(buf, offset, size, tagOffset);
    }

    /** Writes {@code uint8_t tag}. */
    public void setTag(ByteBuffer buf, int offset, byte v) {
        BufferAccess.setByte(buf, offset, size, tagOffset, v);
    }

    /** Reads {@code void *ptr}. */
    public long getPtr(ByteBuffer buf, int offset) {
        return BufferAccess.getWord(buf, offset, size, ptrOffset, bigEndian, wordSize, false);
    }

    /** Writes {@code void *ptr}, which must fit this ABI's word. */
    public void setPtr(ByteBuffer buf, int offset, long v) {
        BufferAccess.setWord(buf, offset, size, ptrOffset, bigEndian, wordSize, false,
                v, "ptr", "void *");
    }

    /** Reads element {@code [i][j]} of {@code int16_t m[2][3]}. */
    public short getM(ByteBuffer buf, int offset, int i, int j) {
        Objects.checkIndex(i, 2);
        Objects.checkIndex(j, 3);
        return BufferAccess.getShort(buf, offset, size, mOffset + (i * 3 + j) * 2, bigEndian);
    }

    /** Writes element {@code [i][j]} of {@code int16_t m[2][3]}. */
    public void setM(ByteBuffer buf, int offset, int i, int j, short v) {
        Objects.checkIndex(i, 2);
        Objects.checkIndex(j, 3);
        BufferAccess.setShort(buf, offset, size, mOffset + (i * 3 + j) * 2, bigEndian, v);
    }

    /** Reads all of {@code int16_t m[2][3]} into a new array. */
    public short[][] getM(ByteBuffer buf, int offset) {
        return BufferArrays.get(buf, offset, size, mOffset, bigEndian, new short[2][3]);
    }

    /** Writes all of {@code int16_t m[2][3]} from an array of lengths {@code [2][3]}. */
    public void setM(ByteBuffer buf, int offset, short[][] values) {
        BufferAccess.check(buf, offset, size, 2);
        BufferArrays.set(buf, offset, size, mOffset, bigEndian, Values.lengths(values, "m", 2, 3));
    }

    /** Reads element {@code [i]} of {@code struct pair pairs[2]}. */
    public Pair getPairs(ByteBuffer buf, int offset, int i) {
        Objects.checkIndex(i, 2);
        return pairsLayout.read(buf, BufferAccess.check(buf, offset, size) + pairsOffset + i * pairsLayout.size());
    }

    /** Writes element {@code [i]} of {@code struct pair pairs[2]}. */
    public void setPairs(ByteBuffer buf, int offset, int i, Pair v) {
        Objects.checkIndex(i, 2);
        pairsLayout.write(buf, BufferAccess.check(buf, offset, size) + pairsOffset + i * pairsLayout.size(), v);
    }

    /** Reads all of {@code struct pair pairs[2]} into a new array. */
    public Pair[] getPairs(ByteBuffer buf, int offset) {
        BufferAccess.check(buf, offset, size);
        Pair[] values = new Pair[2];
        for (int i = 0; i < 2; i++) {
            values[i] = getPairs(buf, offset, i);
        }
        return values;
    }

    /** Writes all of {@code struct pair pairs[2]} from an array of lengths {@code [2]}. */
    public void setPairs(ByteBuffer buf, int offset, Pair[] values) {
        BufferAccess.check(buf, offset, size);
        Values.lengths(values, "pairs", 2);
        for (int i = 0; i < 2; i++) {
            setPairs(buf, offset, i, values[i]);
        }
    }

    /** Reads the anonymous union {@code u}. */
    public Anon getU(ByteBuffer buf, int offset) {
        return uLayout.read(buf, BufferAccess.check(buf, offset, size) + uOffset);
    }

    /** Writes the anonymous union {@code u}. */
    public void setU(ByteBuffer buf, int offset, Anon v) {
        uLayout.write(buf, BufferAccess.check(buf, offset, size) + uOffset, v);
    }

    /** Reads {@code int32_t i}. */
    public int getI(ByteBuffer buf, int offset) {
        return BufferAccess.getInt(buf, offset, size, iOffset, bigEndian);
    }

    /** Writes {@code int32_t i}. */
    public void setI(ByteBuffer buf, int offset, int v) {
        BufferAccess.setInt(buf, offset, size, iOffset, bigEndian, v);
    }

    /** Reads {@code double d}. */
    public double getD(ByteBuffer buf, int offset) {
        return BufferAccess.getDouble(buf, offset, size, dOffset, bigEndian);
    }

    /** Writes {@code double d}. */
    public void setD(ByteBuffer buf, int offset, double v) {
        BufferAccess.setDouble(buf, offset, size, dOffset, bigEndian, v);
    }

    /** Reads {@code long count}. */
    public long getCount(ByteBuffer buf, int offset) {
        return BufferAccess.getWord(buf, offset, size, countOffset, bigEndian, wordSize, true);
    }

    /** Writes {@code long count}, which must fit this ABI's word. */
    public void setCount(ByteBuffer buf, int offset, long v) {
        BufferAccess.setWord(buf, offset, size, countOffset, bigEndian, wordSize, true,
                v, "count", "long");
    }

    /** Reads the struct at {@code offset} into a new record. */
    public Sample read(ByteBuffer buf, int offset) {
        BufferAccess.check(buf, offset, size, 1);
        return new Sample(getTag(buf, offset), getPtr(buf, offset), getM(buf, offset),
                getPairs(buf, offset), getU(buf, offset), getCount(buf, offset));
    }

    /** Writes every member of {@code value} and zeroes every padding byte. */
    public void write(ByteBuffer buf, int offset, Sample value) {
        BufferAccess.check(buf, offset, size, 1);
        validate(value);
        padding.zero(buf, BufferAccess.check(buf, offset, size, 1));
        setTag(buf, offset, value.tag());
        setPtr(buf, offset, value.ptr());
        setM(buf, offset, value.m());
        setPairs(buf, offset, value.pairs());
        setU(buf, offset, value.u());
        setCount(buf, offset, value.count());
    }

    /** Checks that {@code write} can write {@code value} whole, touching no memory. */
    public void validate(Sample value) {
        Values.word(value.ptr(), wordSize, false, "ptr", "void *");
        Values.lengths(value.m(), "m", 2, 3);
        Values.lengths(value.pairs(), "pairs", 2);
        uLayout.validate(value.u());
        Values.word(value.count(), wordSize, true, "count", "long");
    }
}
