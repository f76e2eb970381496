package org.abistruct.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.TypeElement;
import org.abistruct.processor.diag.Position;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * A struct or union as read from its record: the pure model beside the source positions of the
 * record, of its C name, of each member (parallel to {@code decl.members()}) and of each size
 * assert (parallel to {@code decl.expectedSizes()}). Components that could not be read have no
 * member; {@code componentCount} counts them all. Beside them, the ioctls whose argument the
 * struct is, each with where it was declared ({@code ioctlSites}, parallel), and its resolved
 * compat and padding policies with where they were written.
 */
public record Declaration(
        StructDecl decl,
        TypeElement element,
        Position record,
        Position cName,
        List<MemberSite> members,
        List<ExpectSite> expectSizes,
        int componentCount,
        List<IoctlDecl> ioctls,
        List<IoctlSite> ioctlSites,
        PolicySite policy) {

    public Declaration {
        Objects.requireNonNull(decl, "decl");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(policy, "policy");
        members = List.copyOf(members);
        expectSizes = List.copyOf(expectSizes);
        ioctls = List.copyOf(ioctls);
        ioctlSites = List.copyOf(ioctlSites);
        if (members.size() != decl.members().size()
                || expectSizes.size() != decl.expectedSizes().size()
                || ioctls.size() != ioctlSites.size()) {
            throw new IllegalArgumentException("positions do not match the declaration");
        }
    }

    /** The struct or union a member type embeds by value, itself or as array elements; or null. */
    public static StructRef structOf(CType type) {
        CType leaf = type instanceof ArrayType a ? a.leaf() : type;
        return leaf instanceof StructRef ref ? ref : null;
    }

    /** Every struct or union this one embeds, in member order (repeats kept). */
    public List<StructRef> embedded() {
        List<StructRef> out = new ArrayList<>();
        decl.members().forEach(m -> {
            StructRef ref = structOf(m.type());
            if (ref != null) {
                out.add(ref);
            }
        });
        return out;
    }
}
