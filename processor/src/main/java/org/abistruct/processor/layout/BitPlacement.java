package org.abistruct.processor.layout;

import java.util.Optional;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;

/**
 * Where GCC places one bitfield of a struct whose next free bit is {@code start} (0 in a union),
 * under the rules {@link AbiRules} describes: the member's layout, the bit after it, and the
 * alignment it gives the struct. Found by probing each ABI's compiler and checked by the
 * differential test, byte by byte.
 */
record BitPlacement(FieldLayout field, long end, int structAlign) {

    static BitPlacement place(Member member, boolean packed, AbiRules rules, long start) {
        ScalarKind kind = ((Scalar) member.type()).kind();
        int width = member.bits().width();
        int typeBits = 8 * kind.fixedSize();
        int typeAlign = rules.alignOf(kind);
        long pos = start;
        int structAlign = 1;
        if (member.align() > 0) {
            // An unnamed one's aligned attribute places it, but aligns the struct only where
            // an unnamed bitfield would, or where types do not matter.
            pos = LayoutEngine.alignUp(pos, 8L * member.align());
            if (member.named() || rules.unnamedBitfieldAligns() || !rules.bitfieldTypeMatters()) {
                structAlign = member.align();
            }
        }
        int fieldAlign = packed ? 1 : typeAlign;
        if (width == 0) {
            // Not lowered by packed.
            int align = rules.bitfieldTypeMatters() ? typeAlign : rules.emptyFieldBoundary();
            pos = LayoutEngine.alignUp(pos, 8L * align);
            if (!rules.bitfieldTypeMatters() || rules.unnamedBitfieldAligns()) {
                structAlign = Math.max(structAlign, align);
            }
            fieldAlign = align;
        } else if (rules.bitfieldTypeMatters()) {
            long unit = 8L * typeAlign;
            if (!packed && (pos % unit + width + unit - 1) / unit > typeBits / unit) {
                pos = LayoutEngine.alignUp(pos, unit);
            }
            // With an aligned attribute, a bitfield of a mode's width that starts where the
            // struct so far ends, already so aligned, keeps the mode's alignment, which the ABI
            // lowers for plain members (i386).
            int mode = rules.modeAlign(width);
            if (member.align() > 0 && mode > 0 && !(mode > 1 && packed)
                    && (start == 0 || start % (8L * mode) == 0)) {
                fieldAlign = Math.max(fieldAlign, mode);
            }
            if (member.named() || rules.unnamedBitfieldAligns()) {
                structAlign = Math.max(structAlign, fieldAlign);
            }
        } else {
            int mode = rules.modeAlign(width);
            fieldAlign = 1;
            if (mode > 0 && !(mode > 1 && packed)
                    && (start == 0 || start % (8L * mode) == 0)) {
                structAlign = Math.max(structAlign, mode);
                fieldAlign = mode;
            }
        }
        long size = width == 0 ? 0 : (pos % 8 + width + 7) / 8;
        FieldLayout field = new FieldLayout(member, pos / 8, size,
                Math.max(fieldAlign, member.align()), size, Optional.empty(), (int) (pos % 8));
        return new BitPlacement(field, pos + width, structAlign);
    }
}
