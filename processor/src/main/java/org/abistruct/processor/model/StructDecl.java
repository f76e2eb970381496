package org.abistruct.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.abistruct.Abi;

/**
 * A struct or union as declared: its Java name, C tag, attributes, selected ABIs and members in
 * declaration order. Holds no source positions; those stay with the reader.
 *
 * @param align the type's {@code aligned} attribute, 0 for none
 * @param tagless whether C spells the type only inline, in the members declared with it
 */
public record StructDecl(
        StructRef ref,
        String cName,
        boolean union,
        boolean packed,
        int align,
        Set<Abi> abis,
        List<Member> members,
        List<ExpectedSize> expectedSizes,
        boolean tagless) {

    public StructDecl {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(cName, "cName");
        abis = AbiSets.copyOf(abis);
        members = List.copyOf(members);
        expectedSizes = List.copyOf(expectedSizes);
        if (align < 0) {
            throw new IllegalArgumentException("negative alignment " + align);
        }
    }

    /** A tagged struct or union. */
    public StructDecl(StructRef ref, String cName, boolean union, boolean packed, int align,
                      Set<Abi> abis, List<Member> members, List<ExpectedSize> expectedSizes) {
        this(ref, cName, union, packed, align, abis, members, expectedSizes, false);
    }

    /** {@code "struct"} or {@code "union"}. */
    public String keyword() {
        return union ? "union" : "struct";
    }

    /**
     * Whether the last member is the only one C names (unnamed bitfields aside): a flexible
     * array member there is GNU C's {@code [0]}, since C's {@code []} needs another.
     */
    public boolean lastNamedAlone() {
        return !members.isEmpty() && firstNamed() == members.size() - 1;
    }

    /**
     * The member a union's {@code write} sets, as C initializes a union: its first named one
     * (not an unnamed bitfield); -1 if it has none.
     */
    public int firstNamed() {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).named()) {
                return i;
            }
        }
        return -1;
    }

    /** The C type as written: {@code "struct kvm_dirty_tlb"}. */
    public String cType() {
        return keyword() + " " + cName;
    }
}
