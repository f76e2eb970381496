package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.anonymous;
import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.ref;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.Test;

/** The pahole-style text, written out by hand from the C layout of each struct. */
class PaholeTextTest {
    private final Decls decls = new Decls();

    private String text(StructDecl decl, Abi abi) {
        return PaholeText.of(decls.layouts(decl).get(List.copyOf(decl.abis()).indexOf(abi)));
    }

    @Test
    void holeBetweenMembers() {
        StructDecl pair = decls.declare("Pair", "pair", false, List.of(Abi.X86_64),
                member("a", "a", scalar(ScalarKind.UINT8)),
                member("b", "b", scalar(ScalarKind.INT32)));
        assertEquals("struct pair {\n"
                + "    uint8_t a; /*     0     1 */\n"
                + "\n"
                + "    /* XXX 3 bytes hole */\n"
                + "\n"
                + "    int32_t b; /*     4     4 */\n"
                + "\n"
                + "    /* size: 8, align: 4, members: 2, holes: 1, sum holes: 3 */\n"
                + "};\n", text(pair, Abi.X86_64));
    }

    @Test
    void tailPaddingPointersArraysAndFlexibleArrays() {
        StructDecl decl = decls.declare("Msg", "msg", false, List.of(Abi.X86_64, Abi.I386),
                member("p", "p", scalar(ScalarKind.POINTER)),
                member("m", "m", array(scalar(ScalarKind.INT16), 2, 3)),
                member("data", "data", array(scalar(ScalarKind.UINT64), 0)));
        // x86_64: p 0..7, m 8..19, data 8-aligned at 24, size 24.
        assertEquals("struct msg {\n"
                + "    void *p;         /*     0     8 */\n"
                + "    int16_t m[2][3]; /*     8    12 */\n"
                + "\n"
                + "    /* XXX 4 bytes hole */\n"
                + "\n"
                + "    uint64_t data[]; /*    24     0 */\n"
                + "\n"
                + "    /* size: 24, align: 8, members: 3, holes: 1, sum holes: 4 */\n"
                + "};\n", text(decl, Abi.X86_64));
        // i386: p 0..3, m 4..15, data 4-aligned at 16, size 16.
        assertEquals("struct msg {\n"
                + "    void *p;         /*     0     4 */\n"
                + "    int16_t m[2][3]; /*     4    12 */\n"
                + "    uint64_t data[]; /*    16     0 */\n"
                + "\n"
                + "    /* size: 16, align: 4, members: 3, holes: 0, sum holes: 0 */\n"
                + "};\n", text(decl, Abi.I386));
    }

    @Test
    void anonymousUnionExpandsInPlaceAndTailPaddingIsSummed() {
        decls.declare("Anon", "anon", true, List.of(Abi.X86_64),
                member("i", "i", scalar(ScalarKind.INT32)),
                member("d", "d", scalar(ScalarKind.DOUBLE)));
        decls.declare("Pair", "pair", false, List.of(Abi.X86_64),
                member("a", "a", scalar(ScalarKind.UINT8)),
                member("b", "b", scalar(ScalarKind.INT32)));
        StructDecl decl = decls.declare("WithAnon", "with_anon", false, List.of(Abi.X86_64),
                member("kind", "kind", scalar(ScalarKind.UINT16)),
                anonymous("u", "u", ref("Anon")),
                member("pairs", "pairs", array(ref("Pair"), 2)),
                member("last", "last", scalar(ScalarKind.UINT8)));
        // kind 0..1, union 8..15, pairs 16..31, last 32, size 40.
        assertEquals("struct with_anon {\n"
                + "    uint16_t kind;        /*     0     2 */\n"
                + "\n"
                + "    /* XXX 6 bytes hole */\n"
                + "\n"
                + "    union {\n"
                + "        int32_t i;        /*     8     4 */\n"
                + "        double d;         /*     8     8 */\n"
                + "    };                    /*     8     8 */\n"
                + "    struct pair pairs[2]; /*    16    16 */\n"
                + "    uint8_t last;         /*    32     1 */\n"
                + "\n"
                + "    /* size: 40, align: 8, members: 4, holes: 1, sum holes: 6 */\n"
                + "    /* padding: 7 */\n"
                + "};\n", text(decl, Abi.X86_64));
    }
}
