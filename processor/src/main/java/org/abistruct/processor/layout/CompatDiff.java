package org.abistruct.processor.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.abistruct.processor.model.ArrayType;

/**
 * How one struct's layouts compare within a compat pair. The layouts differ when the size or
 * any member's offset or size differs, at any depth through embedded structs and arrays of
 * them; a difference in alignment alone matters only where the struct is embedded.
 *
 * @param members the members whose offset or size differs, outermost first, offsets counted
 *     from the start of the struct
 */
public record CompatDiff(CompatPair pair, StructLayout user, StructLayout kernel,
                         List<MemberDiff> members) {

    /**
     * A member placed differently: its path ({@code inner.x}, {@code items[0].y}), the index of
     * the top-level member it belongs to, and its offset and size on each ABI.
     */
    public record MemberDiff(String path, int topIndex, long userOffset, long userSize,
                             long kernelOffset, long kernelSize) {
        /** Whether the offset (not only the size) differs. */
        public boolean offsetDiffers() {
            return userOffset != kernelOffset;
        }
    }

    public CompatDiff {
        Objects.requireNonNull(pair, "pair");
        members = List.copyOf(members);
        if (user.abi() != pair.user() || kernel.abi() != pair.kernel()
                || !user.decl().ref().equals(kernel.decl().ref())) {
            throw new IllegalArgumentException("layouts of " + user.decl().cName() + " on "
                    + user.abi() + " and " + kernel.abi() + " for " + pair);
        }
    }

    /** Compares the layouts of one struct on the two ABIs of {@code pair}. */
    public static CompatDiff of(CompatPair pair, StructLayout user, StructLayout kernel) {
        List<MemberDiff> out = new ArrayList<>();
        compare(user, kernel, 0, 0, "", -1, out);
        return new CompatDiff(pair, user, kernel, out);
    }

    /**
     * Whether two layouts of one struct hold the same bytes: the same size and every member,
     * at any depth, at the same offset with the same size. With one byte order, a copy converts.
     */
    public static boolean sameBytes(StructLayout a, StructLayout b) {
        List<MemberDiff> out = new ArrayList<>();
        compare(a, b, 0, 0, "", -1, out);
        return a.size() == b.size() && out.isEmpty();
    }

    private static void compare(StructLayout user, StructLayout kernel, long userBase,
                                long kernelBase, String prefix, int top, List<MemberDiff> out) {
        for (int i = 0; i < user.fields().size(); i++) {
            FieldLayout u = user.fields().get(i);
            FieldLayout k = kernel.fields().get(i);
            String path = prefix + u.member().cName();
            int index = top < 0 ? i : top;
            if (u.offset() + userBase != k.offset() + kernelBase || u.size() != k.size()
                    || u.bit() != k.bit()) {
                out.add(new MemberDiff(path, index, userBase + u.offset(), u.size(),
                        kernelBase + k.offset(), k.size()));
            }
            if (u.nested().isPresent()) {
                String inner = u.member().type() instanceof ArrayType ? path + "[0]." : path + ".";
                compare(u.nested().get(), k.nested().get(), userBase + u.offset(),
                        kernelBase + k.offset(), inner, index, out);
            }
        }
    }

    /** Whether the size or any member's offset or size differs. */
    public boolean differs() {
        return user.size() != kernel.size() || !members.isEmpty();
    }

    /** Whether the bytes are laid out the same but the alignment differs. */
    public boolean alignmentOnly() {
        return !differs() && user.alignment() != kernel.alignment();
    }

    /** The first top-level member whose offset differs, or -1. */
    public int firstMovedMember() {
        for (MemberDiff diff : members) {
            if (diff.offsetDiffers()) {
                return diff.topIndex();
            }
        }
        return -1;
    }

    /** The top-level padding ranges of {@code of} that the other layout lacks. */
    public List<Padding> onlyIn(StructLayout of) {
        StructLayout other = of == user ? kernel : user;
        List<Padding> out = new ArrayList<>();
        for (Padding padding : of.paddings()) {
            if (!other.paddings().contains(padding)) {
                out.add(padding);
            }
        }
        return out;
    }
}
