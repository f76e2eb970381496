package org.abistruct.processor.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * Lays structs and unions out under an ABI the way GCC does: each member at the next offset
 * that is a multiple of its alignment, the whole rounded up to the largest alignment. Packed
 * lowers every member's alignment to 1 (a type's own aligned attribute included); an aligned
 * attribute raises a member's or the type's, and survives packed on a member. On an anonymous
 * member it acts on the untagged type instead, as in C.
 * Results are memoized per struct and ABI. Declarations must be validated first: the engine
 * assumes resolvable, acyclic references.
 */
public final class LayoutEngine {
    /** The largest size a layout may have, so that every offset fits a Java {@code int}. */
    public static final long MAX_SIZE = Integer.MAX_VALUE;

    private final Function<StructRef, StructDecl> lookup;
    private final Map<Key, StructLayout> cache = new HashMap<>();

    private record Key(String name, Abi abi) {}

    /** An engine that resolves embedded structs through {@code lookup}. */
    public LayoutEngine(Function<StructRef, StructDecl> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** The layout of {@code decl} under {@code abi}. */
    public StructLayout layout(StructDecl decl, Abi abi) {
        Key key = new Key(decl.ref().qualifiedName(), abi);
        StructLayout done = cache.get(key);
        if (done == null) {
            done = compute(decl, AbiRules.of(abi));
            cache.put(key, done);
        }
        return done;
    }

    private StructLayout compute(StructDecl decl, AbiRules rules) {
        List<FieldLayout> fields = new ArrayList<>();
        // In bits, for bitfields: a struct's next free bit; a union's largest member.
        long cursor = 0;
        int alignment = Math.max(1, decl.align());
        for (Member member : decl.members()) {
            if (member.bitfield()) {
                BitPlacement placed = BitPlacement.place(member, decl.packed(), rules,
                        decl.union() ? 0 : cursor);
                fields.add(placed.field());
                cursor = decl.union() ? Math.max(cursor, placed.end()) : placed.end();
                alignment = Math.max(alignment, placed.structAlign());
                checkSize(decl, bytes(cursor));
                continue;
            }
            Shape shape = shapeOf(member.type(), rules);
            if (member.anonymous()) {
                shape = shape.raisedTo(member.align());
            }
            int memberAlign = decl.packed() ? 1 : shape.alignment;
            if (!member.anonymous()) {
                memberAlign = Math.max(memberAlign, member.align());
            }
            long offset = decl.union() ? 0 : alignUp(bytes(cursor), memberAlign);
            fields.add(new FieldLayout(member, offset, shape.size, memberAlign,
                    shape.elementSize, Optional.ofNullable(shape.nested)));
            long end = decl.union() ? shape.size : offset + shape.size;
            checkSize(decl, end);
            cursor = decl.union() ? Math.max(cursor, end * 8) : end * 8;
            alignment = Math.max(alignment, memberAlign);
        }
        long size = alignUp(bytes(cursor), alignment);
        checkSize(decl, size);
        return new StructLayout(decl, rules.abi(), size, alignment, fields,
                paddings(decl, fields, size));
    }

    /** The bytes that hold {@code bits} bits. */
    private static long bytes(long bits) {
        return (bits + 7) / 8;
    }

    /** Size, natural alignment, innermost element size and nested layout of a type. */
    private record Shape(long size, int alignment, long elementSize, StructLayout nested) {
        /**
         * The shape with an {@code aligned(align)} type attribute: C can only spell an anonymous
         * member's alignment on its untagged type, which also rounds the type's size up.
         */
        Shape raisedTo(int align) {
            if (align <= alignment) {
                return this;
            }
            long raised = alignUp(size, align);
            return new Shape(raised, align, raised, nested);
        }
    }

    private Shape shapeOf(CType type, AbiRules rules) {
        if (type instanceof Scalar s) {
            int size = rules.sizeOf(s.kind());
            return new Shape(size, rules.alignOf(s.kind()), size, null);
        }
        if (type instanceof StructRef r) {
            StructLayout nested = layout(resolve(r), rules.abi());
            return new Shape(nested.size(), nested.alignment(), nested.size(), nested);
        }
        ArrayType a = (ArrayType) type;
        Shape element = shapeOf(a.element(), rules);
        long size = multiply(element.size, a.length());
        return new Shape(size, element.alignment, element.elementSize, element.nested);
    }

    private StructDecl resolve(StructRef ref) {
        StructDecl decl = lookup.apply(ref);
        if (decl == null) {
            throw new LayoutException("unresolved struct " + ref.qualifiedName());
        }
        return decl;
    }

    private static List<Padding> paddings(StructDecl decl, List<FieldLayout> fields, long size) {
        List<Padding> out = new ArrayList<>();
        long cursor = 0;
        String after = "";
        for (FieldLayout field : fields) {
            if (!decl.union()) {
                if (field.offset() > cursor) {
                    out.add(new Padding(cursor, field.offset() - cursor, false, after));
                }
                if (field.end() > cursor) {
                    cursor = field.end();
                    after = field.member().cName();
                }
            } else if (field.end() > cursor) {
                cursor = field.end();
                after = field.member().cName();
            }
        }
        if (size > cursor) {
            out.add(new Padding(cursor, size - cursor, true, after));
        }
        return out;
    }

    static long alignUp(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    private static long multiply(long size, int count) {
        return size > MAX_SIZE || count > MAX_SIZE ? MAX_SIZE + 1 : Math.min(size * count, MAX_SIZE + 1);
    }

    private static void checkSize(StructDecl decl, long size) {
        if (size > MAX_SIZE) {
            throw new LayoutException(decl.cType()
                    + " is larger than " + MAX_SIZE + " bytes");
        }
    }
}
