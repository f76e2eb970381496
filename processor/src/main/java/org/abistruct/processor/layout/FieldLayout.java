package org.abistruct.processor.layout;

import java.util.Objects;
import java.util.Optional;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.Member;

/**
 * Where one member lies under one ABI.
 *
 * @param offset byte offset from the start of the enclosing struct or union
 * @param size bytes the member occupies; 0 for a flexible array member
 * @param alignment the member's alignment in this struct (after packed and aligned attributes)
 * @param elementSize for an array, the size of its innermost element; otherwise {@code size}
 * @param nested for a struct or union member, or an array of them, the element's layout
 * @param bit for a bitfield, where it starts in the byte at {@code offset}: 0 to 7, counted
 *     from the byte's most significant bit on a big-endian ABI and from its least on a
 *     little-endian one, as GCC numbers bits; {@code size} is then the bytes it touches
 */
public record FieldLayout(
        Member member, long offset, long size, int alignment, long elementSize,
        Optional<StructLayout> nested, int bit) {

    public FieldLayout {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(nested, "nested");
        if (offset < 0 || size < 0 || elementSize < 0) {
            throw new IllegalArgumentException("negative offset or size in " + member.cName());
        }
        if (Long.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("alignment " + alignment + " of " + member.cName());
        }
        if (bit < 0 || bit > 7 || bit > 0 && !member.bitfield()) {
            throw new IllegalArgumentException("bit " + bit + " of " + member.cName());
        }
    }

    /** A member that is not a bitfield. */
    public FieldLayout(Member member, long offset, long size, int alignment, long elementSize,
                       Optional<StructLayout> nested) {
        this(member, offset, size, alignment, elementSize, nested, 0);
    }

    /** The bitfield's position in bits from the start of the struct. */
    public long bitOffset() {
        return offset * 8 + bit;
    }

    /** Whether the member is a flexible array member, an array of unspecified length. */
    public boolean flexible() {
        return member.type() instanceof ArrayType a && a.length() == 0;
    }

    /** For an array member, the bytes between the starts of consecutive outermost elements. */
    public long outerStride() {
        return elementSize * ((ArrayType) member.type()).leavesPerElement();
    }

    /** The first byte past the member. */
    public long end() {
        return offset + size;
    }
}
