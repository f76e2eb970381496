package org.abistruct.processor.layout;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.BitWidth;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructRef;

/**
 * Seeded random structs and unions for the differential test: every scalar kind, 1-D and 2-D
 * arrays, earlier structs embedded (also as arrays) or as anonymous members, packed and aligned
 * attributes, flexible array members ending top-level structs, and bitfields (often in runs,
 * some unnamed or of width 0) of every fixed-width integer type; some types are tagless, spelled
 * inline where they are embedded; some integers have a byte order of their own ({@code __be32}).
 */
public final class RandomDecls {
    private static final ScalarKind[] KINDS = ScalarKind.values();
    private static final ScalarKind[] BIT_KINDS = {ScalarKind.INT8, ScalarKind.UINT8,
        ScalarKind.INT16, ScalarKind.UINT16, ScalarKind.INT32, ScalarKind.UINT32,
        ScalarKind.INT64, ScalarKind.UINT64};
    private static final int[] MEMBER_ALIGNS = {1, 2, 4, 8, 16};
    private static final int[] TYPE_ALIGNS = {1, 2, 4, 8, 16, 32};
    /** Structs heavier than this (a rough byte bound) are not embedded again. */
    private static final long MAX_EMBEDDED_WEIGHT = 2048;

    private final Random random;
    private final Decls decls = new Decls();
    private final List<StructRef> embeddable = new ArrayList<>();
    private final Map<StructRef, Long> weights = new HashMap<>();
    /** Per struct, the types inlined into it through anonymous members, itself included. */
    private final Map<StructRef, Set<StructRef>> inlined = new HashMap<>();
    private int names;

    private RandomDecls(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} random declarations from {@code seed}, each using only earlier ones. */
    public static Decls generate(long seed, int count) {
        RandomDecls gen = new RandomDecls(seed);
        for (int i = 0; i < count; i++) {
            gen.declare(i);
        }
        return gen.decls;
    }

    private void declare(int index) {
        boolean union = random.nextInt(4) == 0;
        boolean packed = random.nextInt(5) == 0;
        int align = random.nextInt(7) == 0 ? pick(TYPE_ALIGNS) : 0;
        String tag = (union ? "u" : "s") + index;
        Set<StructRef> closure = new HashSet<>();
        List<Member> members = new ArrayList<>();
        long weight = 0;
        int count = 1 + random.nextInt(union ? 4 : 6);
        boolean bits = false;
        for (int i = 0; i < count; i++) {
            bits = i > 0 && random.nextInt(100) < (bits ? 60 : 25);
            Member member = bits ? bitfield() : member(closure);
            members.add(member);
            weight += weight(member.type()) + Math.max(member.align(), 8);
        }
        boolean flexible = !union && random.nextInt(6) == 0
                && members.stream().anyMatch(m -> !m.anonymous());
        if (flexible) {
            CType element = random.nextInt(4) == 0 ? new ArrayType(scalar(), 1 + random.nextInt(3))
                    : random.nextInt(4) == 0 && !embeddable.isEmpty() ? pickEmbeddable() : scalar();
            String name = name();
            members.add(new Member(name, name, new ArrayType(element, 0), memberAlign(), false));
        }
        closure.add(Decls.ref(tag));
        // Some types only embedded, which C then spells inline: struct { ... } m[2].
        StructRef ref = !flexible && random.nextInt(6) == 0
                ? decls.tagless(tag, union, packed, align, members)
                : decls.add(tag, union, packed, align, members);
        inlined.put(ref, closure);
        weight += align;
        weights.put(ref, weight);
        if (!flexible && weight <= MAX_EMBEDDED_WEIGHT) {
            embeddable.add(ref);
        }
    }

    private Member member(Set<StructRef> closure) {
        int roll = random.nextInt(100);
        if (roll >= 85 && !embeddable.isEmpty()) {
            StructRef ref = pickEmbeddable();
            if (disjoint(inlined.get(ref), closure)) {
                closure.addAll(inlined.get(ref));
                String name = name();
                return new Member(name, name, ref, memberAlign(), true);
            }
        }
        CType type;
        if (roll < 45) {
            type = scalar();
        } else if (roll < 60) {
            type = new ArrayType(scalar(), 1 + random.nextInt(5));
        } else if (roll < 67) {
            type = new ArrayType(new ArrayType(scalar(), 1 + random.nextInt(4)), 1 + random.nextInt(3));
        } else if (embeddable.isEmpty()) {
            type = scalar();
        } else {
            type = pickEmbeddable();
            int shape = random.nextInt(10);
            if (shape < 2) {
                type = new ArrayType(type, 1 + random.nextInt(3));
            } else if (shape == 2) {
                type = new ArrayType(new ArrayType(type, 1 + random.nextInt(2)), 1 + random.nextInt(2));
            }
        }
        String name = name();
        CType leaf = type instanceof ArrayType a ? a.leaf() : type;
        ByteOrder order = leaf instanceof Scalar s && s.kind().fixedOrder() && random.nextInt(8) == 0
                ? (random.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN) : null;
        return new Member(name, name, type, memberAlign(), false, order);
    }

    /** A bitfield: mostly named, sometimes unnamed or of width 0, rarely aligned. */
    private Member bitfield() {
        ScalarKind kind = BIT_KINDS[random.nextInt(BIT_KINDS.length)];
        int typeBits = 8 * kind.fixedSize();
        int width = random.nextInt(10) == 0 ? 0
                : random.nextInt(4) == 0 ? typeBits : 1 + random.nextInt(typeBits);
        boolean named = random.nextInt(8) != 0;
        String name = name();
        return new Member(name, name, new Scalar(kind), width == 0 ? 0 : memberAlign(), false,
                null, new BitWidth(width, named));
    }

    private long weight(CType type) {
        if (type instanceof Scalar) {
            return 8;
        }
        if (type instanceof StructRef ref) {
            return weights.get(ref);
        }
        ArrayType a = (ArrayType) type;
        return weight(a.element()) * Math.max(1, a.length());
    }

    private static boolean disjoint(Set<StructRef> a, Set<StructRef> b) {
        for (StructRef ref : a) {
            if (b.contains(ref)) {
                return false;
            }
        }
        return true;
    }

    private Scalar scalar() {
        return new Scalar(KINDS[random.nextInt(KINDS.length)]);
    }

    /** Mostly recent structs, so that nesting reaches several levels. */
    private StructRef pickEmbeddable() {
        int n = embeddable.size();
        int window = Math.min(n, 40);
        return random.nextBoolean() ? embeddable.get(n - 1 - random.nextInt(window))
                : embeddable.get(random.nextInt(n));
    }

    private int memberAlign() {
        return random.nextInt(9) == 0 ? pick(MEMBER_ALIGNS) : 0;
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    private String name() {
        return "m" + names++;
    }
}
