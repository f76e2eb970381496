package org.abistruct.processor.layout;

import static org.abistruct.processor.layout.Decls.anon;
import static org.abistruct.processor.layout.Decls.array;
import static org.abistruct.processor.layout.Decls.m;
import static org.abistruct.processor.layout.Decls.s;
import static org.abistruct.processor.model.ScalarKind.BOOL;
import static org.abistruct.processor.model.ScalarKind.CHAR16;
import static org.abistruct.processor.model.ScalarKind.DOUBLE;
import static org.abistruct.processor.model.ScalarKind.FLOAT;
import static org.abistruct.processor.model.ScalarKind.INT16;
import static org.abistruct.processor.model.ScalarKind.INT32;
import static org.abistruct.processor.model.ScalarKind.INT64;
import static org.abistruct.processor.model.ScalarKind.INT8;
import static org.abistruct.processor.model.ScalarKind.LONG;
import static org.abistruct.processor.model.ScalarKind.POINTER;
import static org.abistruct.processor.model.ScalarKind.UINT16;
import static org.abistruct.processor.model.ScalarKind.UINT32;
import static org.abistruct.processor.model.ScalarKind.UINT64;
import static org.abistruct.processor.model.ScalarKind.UINT8;
import static org.abistruct.processor.model.ScalarKind.ULONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.abistruct.Abi;
import org.abistruct.processor.model.StructRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-written structs covering each layout rule and its interplay (packed, aligned, nesting,
 * anonymous members, flexible arrays), each compared with GCC under all 14 ABIs.
 */
class LayoutTableTest {
    private static final Decls D = new Decls();
    private static GccLayoutCheck.Result gcc;

    static {
        D.struct("all_scalars", m("i8", s(INT8)), m("u8", s(UINT8)), m("i16", s(INT16)),
                m("u16", s(UINT16)), m("c16", s(CHAR16)), m("i32", s(INT32)), m("u32", s(UINT32)),
                m("i64", s(INT64)), m("u64", s(UINT64)), m("f", s(FLOAT)), m("d", s(DOUBLE)),
                m("b", s(BOOL)), m("p", s(POINTER)), m("l", s(LONG)), m("ul", s(ULONG)));
        D.struct("char_int", m("c", s(INT8)), m("i", s(INT32)));
        D.struct("char_short", m("c", s(INT8)), m("h", s(INT16)));
        D.struct("char_double", m("c", s(INT8)), m("d", s(DOUBLE)));
        D.struct("char_int64", m("c", s(INT8)), m("q", s(INT64)));
        D.struct("char_long_char_ptr", m("c", s(INT8)), m("l", s(LONG)), m("c2", s(UINT8)),
                m("p", s(POINTER)));
        D.struct("only_char", m("c", s(INT8)));
        D.struct("int_double", m("i", s(INT32)), m("d", s(DOUBLE)));
        D.struct("tail_padding", m("q", s(UINT64)), m("c", s(UINT8)));
        D.struct("short_tail", m("i", s(INT32)), m("h", s(INT16)));
        D.struct("arrays", m("a", array(s(UINT8), 3)), m("m", array(s(INT16), 2, 3)),
                m("d", array(s(DOUBLE), 2)), m("p", array(s(POINTER), 3)));
        StructRef inner = D.struct("inner", m("q", s(INT64)), m("b", s(INT8)));
        D.struct("outer", m("c", s(INT8)), m("in", inner), m("arr", array(inner, 2)),
                m("grid", array(inner, 2, 2)), m("tail", s(INT8)));
        D.union("u_mix", m("c", s(INT8)), m("d", s(DOUBLE)), m("bytes", array(s(UINT8), 9)));
        D.union("u_struct", m("in", inner), m("w", s(UINT32)));
        StructRef anonUnion = D.union("anon_u", m("ax", s(INT32)), m("ay", s(INT64)));
        D.struct("anon_host", m("c", s(INT8)), anon("u", anonUnion, 0), m("d", s(INT8)));
        StructRef anonStruct = D.struct("anon_s", m("sx", s(INT8)), m("sy", s(INT16)));
        D.union("anon_in_union", m("w", s(UINT32)), anon("s", anonStruct, 0));
        D.struct("anon_aligned", m("c", s(INT8)), anon("s", anonStruct, 16), m("d", s(INT8)));
        D.packed("packed_basic", m("c", s(INT8)), m("i", s(INT32)), m("q", s(INT64)),
                m("h", s(INT16)));
        D.packed("packed_anon", m("c", s(INT8)), anon("u", anonUnion, 0), m("d", s(INT16)));
        D.struct("aligned_member", m("c", s(INT8)), m("i", s(INT32), 16), m("c2", s(INT8)));
        D.struct("aligned_member_low", m("c", s(INT8)), m("q", s(INT64), 2));
        D.struct("aligned_array_member", m("c", s(INT8)), m("a", array(s(UINT8), 3), 8));
        D.add("aligned_type", false, false, 16, m("c", s(INT8)));
        D.add("aligned_type_low", false, false, 2, m("q", s(INT64)));
        D.add("packed_aligned_member", false, true, 0, m("c", s(INT8)), m("i", s(INT32), 4),
                m("c2", s(INT8)));
        StructRef a8 = D.add("a8", false, false, 8, m("c", s(INT8)));
        D.add("packed_holds_aligned", false, true, 0, m("c", s(INT8)), m("a", a8),
                m("arr", array(a8, 2)));
        D.add("packed_holds_aligned_member", false, true, 0, m("c", s(INT8)), m("a", a8, 4));
        D.add("packed_and_aligned", false, true, 8, m("c", s(INT8)), m("i", s(INT32)));
        D.add("packed_union", true, true, 4, m("q", s(INT64)), m("b", array(s(UINT8), 5)));
        StructRef packedInner = D.packed("packed_inner", m("c", s(INT8)), m("i", s(INT32)));
        D.struct("holds_packed", m("c", s(INT8)), m("p", packedInner), m("i", s(INT32)));
        D.struct("flex_int", m("c", s(INT8)), m("x", array(s(INT32), 0)));
        D.struct("flex_tail", m("i", s(INT32)), m("c", s(INT8)), m("x", array(s(UINT8), 0)));
        D.struct("flex_double", m("c", s(INT8)), m("x", array(s(DOUBLE), 0)));
        D.struct("flex_2d", m("h", s(INT16)), m("x", array(s(INT32), 0, 3)));
        D.struct("flex_struct", m("c", s(INT8)), m("x", array(inner, 0)));
        D.struct("flex_aligned", m("c", s(INT8)), m("x", array(s(UINT8), 0), 8));
        D.packed("flex_packed", m("c", s(INT8)), m("x", array(s(INT64), 0)));
        D.struct("m68k_shorts", m("h", s(INT16)), m("c", s(INT8)));
        D.struct("bytes_only", m("a", array(s(UINT8), 3)));
    }

    @BeforeAll
    static void compile() {
        gcc = GccLayoutCheck.check(D.all(), D.lookup(), EnumSet.allOf(Abi.class));
    }

    @TestFactory
    Stream<DynamicTest> everyStructMatchesGcc() {
        return D.all().stream().map(decl -> DynamicTest.dynamicTest(decl.cName(), () -> {
            List<GccLayoutCheck.Mismatch> wrong = gcc.mismatches().stream()
                    .filter(m -> m.decl() == decl).collect(Collectors.toList());
            assertTrue(wrong.isEmpty(), () -> GccLayoutCheck.describe(wrong, D.lookup(), 1));
        }));
    }

    /** The probes tell the ABIs apart, so agreement above means something. */
    @Test
    void gccShowsTheAbiDifferences() {
        assertEquals(4L, gccValue(Abi.X86_64, "char_int i offsetof"));
        assertEquals(2L, gccValue(Abi.M68K, "char_int i offsetof"));
        assertEquals(8L, gccValue(Abi.X86_64, "char_double d offsetof"));
        assertEquals(4L, gccValue(Abi.I386, "char_double d offsetof"));
        assertEquals(2L, gccValue(Abi.M68K, "char_double d offsetof"));
        assertEquals(12L, gccValue(Abi.I386, "int_double sizeof"));
        assertEquals(16L, gccValue(Abi.PPC32, "int_double sizeof"));
        assertEquals(1L, gccValue(Abi.M68K, "only_char _Alignof"));
        assertEquals(1L, gccValue(Abi.X86_64, "packed_holds_aligned a offsetof"));
        assertEquals(4L, gccValue(Abi.X86_64, "packed_aligned_member i offsetof"));
        assertEquals(32L, gccValue(Abi.X86_64, "anon_aligned d offsetof"));
    }

    @Test
    void everyRuleWasCompared() {
        assertTrue(gcc.comparisons() > D.all().size() * Abi.values().length * 4,
                "comparisons: " + gcc.comparisons());
    }

    private static long gccValue(Abi abi, String key) {
        return gcc.gcc().get(abi).get(key);
    }
}
