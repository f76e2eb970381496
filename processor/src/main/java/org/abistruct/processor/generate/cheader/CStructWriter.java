package org.abistruct.processor.generate.cheader;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;

/**
 * Renders struct and union declarations as C definitions that GCC accepts, with freestanding
 * types only ({@code <stdint.h>}). An anonymous member is inlined as an untagged body carrying
 * its type's attributes; an {@code aligned} on that member joins them, since C has no other place
 * for it. A member of a tagless type is inlined the same way, with its name and dimensions.
 */
public final class CStructWriter {
    /** The include every rendered definition needs. */
    public static final String INCLUDES = "#include <stdint.h>\n";

    private static final String INDENT = "    ";

    private final Function<StructRef, StructDecl> lookup;

    private CStructWriter(Function<StructRef, StructDecl> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** The C definition of {@code decl}, resolving embedded types through {@code lookup}. */
    public static String definition(StructDecl decl, Function<StructRef, StructDecl> lookup) {
        StringBuilder out = new StringBuilder();
        new CStructWriter(lookup).appendDefinition(out, decl);
        return out.toString();
    }

    /**
     * The definitions of {@code decls} and of every type they embed by tag, each once, every
     * type before its first use. Types used only as anonymous members are inlined, not defined;
     * tagless types are never defined on their own.
     */
    public static String definitions(List<StructDecl> decls, Function<StructRef, StructDecl> lookup) {
        CStructWriter writer = new CStructWriter(lookup);
        Map<String, StructDecl> ordered = new LinkedHashMap<>();
        for (StructDecl decl : decls) {
            if (decl.tagless()) {
                writer.collectMembers(decl, ordered);
            } else {
                writer.collect(decl, ordered);
            }
        }
        StringBuilder out = new StringBuilder();
        for (StructDecl decl : ordered.values()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            writer.appendDefinition(out, decl);
        }
        return out.toString();
    }

    /**
     * A member's declaration as a definition spells it, without the semicolon:
     * {@code uint8_t x[4][2]}, {@code void *p}, {@code struct pair pairs[2]}.
     */
    public static String declaration(CType type, String name, Function<StructRef, StructDecl> lookup) {
        return new CStructWriter(lookup).declaration(type, name);
    }

    private void collect(StructDecl decl, Map<String, StructDecl> ordered) {
        if (ordered.containsKey(decl.ref().qualifiedName())) {
            return;
        }
        collectMembers(decl, ordered);
        ordered.put(decl.ref().qualifiedName(), decl);
    }

    private void collectMembers(StructDecl decl, Map<String, StructDecl> ordered) {
        for (Member member : decl.members()) {
            CType leaf = member.type() instanceof ArrayType a ? a.leaf() : member.type();
            if (leaf instanceof StructRef ref) {
                if (member.anonymous() || resolve(ref).tagless()) {
                    collectMembers(resolve(ref), ordered);
                } else {
                    collect(resolve(ref), ordered);
                }
            }
        }
    }

    private void appendDefinition(StringBuilder out, StructDecl decl) {
        out.append(decl.keyword()).append(' ').append(decl.cName()).append(' ');
        appendBody(out, decl, 0);
        out.append(typeAttributes(decl.packed(), decl.align())).append(";\n");
    }

    private void appendBody(StringBuilder out, StructDecl decl, int depth) {
        out.append("{\n");
        for (Member member : decl.members()) {
            out.append(INDENT.repeat(depth + 1));
            if (member.anonymous()) {
                StructDecl inner = resolve((StructRef) member.type());
                out.append(inner.keyword()).append(' ');
                appendBody(out, inner, depth + 1);
                out.append(typeAttributes(inner.packed(), Math.max(inner.align(), member.align())));
            } else if (inlined(member, lookup)) {
                StructDecl inner = resolve(leaf(member.type()));
                out.append(inner.keyword()).append(' ');
                appendBody(out, inner, depth + 1);
                out.append(typeAttributes(inner.packed(), inner.align())).append(' ')
                        .append(declarator(member.type(), member.cName(), t -> "").trim());
                if (member.align() > 0) {
                    out.append(" __attribute__((aligned(").append(member.align()).append(")))");
                }
            } else {
                out.append(member.bitfield() ? bitfield(member)
                        : declarator(member.type(), member.cName(), this::spelling,
                                decl.lastNamedAlone()));
                if (member.align() > 0) {
                    out.append(" __attribute__((aligned(").append(member.align()).append(")))");
                }
                if (member.order() != null) {
                    out.append("; /* ").append(kernelType(member)).append(" */\n");
                    continue;
                }
            }
            out.append(";\n");
        }
        out.append(INDENT.repeat(depth)).append('}');
    }

    /**
     * The kernel's type of a member in a byte order of its own, {@code __be16} to
     * {@code __le64}, which a freestanding header names in a comment: {@code <linux/types.h>}
     * is not at hand everywhere the header compiles.
     */
    static String kernelType(Member member) {
        CType leaf = member.type() instanceof ArrayType a ? a.leaf() : member.type();
        int bits = 8 * ((Scalar) leaf).kind().fixedSize();
        return (member.order() == ByteOrder.BIG_ENDIAN ? "__be" : "__le") + bits;
    }

    /** Whether {@code member} is named and of a tagless type, which C spells inline. */
    public static boolean inlined(Member member, Function<StructRef, StructDecl> lookup) {
        CType leaf = member.type() instanceof ArrayType a ? a.leaf() : member.type();
        return !member.anonymous() && leaf instanceof StructRef ref && lookup.apply(ref) != null
                && lookup.apply(ref).tagless();
    }

    private static StructRef leaf(CType type) {
        return (StructRef) (type instanceof ArrayType a ? a.leaf() : type);
    }

    /** A bitfield's declaration: {@code uint8_t dst_reg:4}, or unnamed {@code uint32_t :3}. */
    public static String bitfield(Member member) {
        String type = ((Scalar) member.type()).kind().cType();
        return type + " " + (member.named() ? member.cName() : "") + ":" + member.bits().width();
    }

    /** {@code uint8_t x[4][2]}, {@code void *p}, {@code struct tag s}. */
    private String declaration(CType type, String name) {
        return declarator(type, name, this::spelling);
    }

    /**
     * A member's declarator, {@code uint8_t x[4][2]} or {@code void *p}, its innermost element
     * type spelled by {@code leafSpelling}.
     */
    public static String declarator(CType type, String name, Function<CType, String> leafSpelling) {
        return declarator(type, name, leafSpelling, false);
    }

    /**
     * As {@link #declarator(CType, String, Function)}; for the {@code alone} member of its
     * struct, a flexible array is GNU C's zero-length array {@code [0]}, since ISO C's
     * {@code []} may not be a struct's only member
     * ({@code struct bpf_raw_tracepoint_args { __u64 args[0]; }}), marked
     * {@code __extension__} so that a strict ({@code -pedantic}) compile accepts it.
     */
    static String declarator(CType type, String name, Function<CType, String> leafSpelling,
                             boolean alone) {
        StringBuilder dims = new StringBuilder();
        CType leaf = type;
        while (leaf instanceof ArrayType a) {
            dims.append('[').append(a.length() == 0 ? (alone ? "0" : "") : Integer.toString(a.length()))
                    .append(']');
            leaf = a.element();
        }
        String spelling = leafSpelling.apply(leaf);
        String gap = spelling.endsWith("*") ? "" : " ";
        boolean zeroLength = alone && type instanceof ArrayType a && a.length() == 0;
        return (zeroLength ? "__extension__ " : "") + spelling + gap + name + dims;
    }

    private String spelling(CType leaf) {
        if (leaf instanceof Scalar s) {
            return s.kind().cType();
        }
        StructDecl decl = resolve((StructRef) leaf);
        return decl.tagless() ? decl.keyword() + " {...}" : decl.cType();
    }

    /** {@code __attribute__((packed, aligned(8)))}, or nothing for neither. */
    static String typeAttributes(boolean packed, int align) {
        List<String> attributes = new ArrayList<>();
        if (packed) {
            attributes.add("packed");
        }
        if (align > 0) {
            attributes.add("aligned(" + align + ")");
        }
        return attributes.isEmpty() ? "" : " __attribute__((" + String.join(", ", attributes) + "))";
    }

    private StructDecl resolve(StructRef ref) {
        StructDecl decl = lookup.apply(ref);
        if (decl == null) {
            throw new IllegalArgumentException("unresolved struct " + ref.qualifiedName());
        }
        return decl;
    }
}
