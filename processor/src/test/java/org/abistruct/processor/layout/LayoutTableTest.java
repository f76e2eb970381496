package org.abistruct.processor.layout;

import static org.abistruct.processor.model.Decls.anonymous;
import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
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
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.StructRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-written structs covering each layout rule and its interplay (packed, aligned, nesting,
 * anonymous members, flexible arrays), each compared with GCC under all 24 ABIs.
 */
class LayoutTableTest {
    private static final Decls D = new Decls();
    private static GccLayoutCheck.Result gcc;

    static {
        D.struct("all_scalars", member("i8", scalar(INT8)), member("u8", scalar(UINT8)), member("i16", scalar(INT16)),
                member("u16", scalar(UINT16)), member("c16", scalar(CHAR16)), member("i32", scalar(INT32)), member("u32", scalar(UINT32)),
                member("i64", scalar(INT64)), member("u64", scalar(UINT64)), member("f", scalar(FLOAT)), member("d", scalar(DOUBLE)),
                member("b", scalar(BOOL)), member("p", scalar(POINTER)), member("l", scalar(LONG)), member("ul", scalar(ULONG)));
        D.struct("char_int", member("c", scalar(INT8)), member("i", scalar(INT32)));
        D.struct("char_short", member("c", scalar(INT8)), member("h", scalar(INT16)));
        D.struct("char_double", member("c", scalar(INT8)), member("d", scalar(DOUBLE)));
        D.struct("char_int64", member("c", scalar(INT8)), member("q", scalar(INT64)));
        D.struct("char_long_char_ptr", member("c", scalar(INT8)), member("l", scalar(LONG)), member("c2", scalar(UINT8)),
                member("p", scalar(POINTER)));
        D.struct("only_char", member("c", scalar(INT8)));
        D.struct("int_double", member("i", scalar(INT32)), member("d", scalar(DOUBLE)));
        D.struct("tail_padding", member("q", scalar(UINT64)), member("c", scalar(UINT8)));
        D.struct("short_tail", member("i", scalar(INT32)), member("h", scalar(INT16)));
        D.struct("arrays", member("a", array(scalar(UINT8), 3)), member("m", array(scalar(INT16), 2, 3)),
                member("d", array(scalar(DOUBLE), 2)), member("p", array(scalar(POINTER), 3)));
        StructRef inner = D.struct("inner", member("q", scalar(INT64)), member("b", scalar(INT8)));
        D.struct("outer", member("c", scalar(INT8)), member("in", inner), member("arr", array(inner, 2)),
                member("grid", array(inner, 2, 2)), member("tail", scalar(INT8)));
        D.union("u_mix", member("c", scalar(INT8)), member("d", scalar(DOUBLE)), member("bytes", array(scalar(UINT8), 9)));
        D.union("u_struct", member("in", inner), member("w", scalar(UINT32)));
        StructRef anonUnion = D.union("anon_u", member("ax", scalar(INT32)), member("ay", scalar(INT64)));
        D.struct("anon_host", member("c", scalar(INT8)), anonymous("u", anonUnion, 0), member("d", scalar(INT8)));
        StructRef anonStruct = D.struct("anon_s", member("sx", scalar(INT8)), member("sy", scalar(INT16)));
        D.union("anon_in_union", member("w", scalar(UINT32)), anonymous("s", anonStruct, 0));
        D.struct("anon_aligned", member("c", scalar(INT8)), anonymous("s", anonStruct, 16), member("d", scalar(INT8)));
        D.packed("packed_basic", member("c", scalar(INT8)), member("i", scalar(INT32)), member("q", scalar(INT64)),
                member("h", scalar(INT16)));
        D.packed("packed_anon", member("c", scalar(INT8)), anonymous("u", anonUnion, 0), member("d", scalar(INT16)));
        D.struct("aligned_member", member("c", scalar(INT8)), member("i", scalar(INT32), 16), member("c2", scalar(INT8)));
        D.struct("aligned_member_low", member("c", scalar(INT8)), member("q", scalar(INT64), 2));
        D.struct("aligned_array_member", member("c", scalar(INT8)), member("a", array(scalar(UINT8), 3), 8));
        D.add("aligned_type", false, false, 16, member("c", scalar(INT8)));
        D.add("aligned_type_low", false, false, 2, member("q", scalar(INT64)));
        D.add("packed_aligned_member", false, true, 0, member("c", scalar(INT8)), member("i", scalar(INT32), 4),
                member("c2", scalar(INT8)));
        StructRef a8 = D.add("a8", false, false, 8, member("c", scalar(INT8)));
        D.add("packed_holds_aligned", false, true, 0, member("c", scalar(INT8)), member("a", a8),
                member("arr", array(a8, 2)));
        D.add("packed_holds_aligned_member", false, true, 0, member("c", scalar(INT8)), member("a", a8, 4));
        D.add("packed_and_aligned", false, true, 8, member("c", scalar(INT8)), member("i", scalar(INT32)));
        D.add("packed_union", true, true, 4, member("q", scalar(INT64)), member("b", array(scalar(UINT8), 5)));
        StructRef packedInner = D.packed("packed_inner", member("c", scalar(INT8)), member("i", scalar(INT32)));
        D.struct("holds_packed", member("c", scalar(INT8)), member("p", packedInner), member("i", scalar(INT32)));
        D.struct("flex_int", member("c", scalar(INT8)), member("x", array(scalar(INT32), 0)));
        D.struct("flex_tail", member("i", scalar(INT32)), member("c", scalar(INT8)), member("x", array(scalar(UINT8), 0)));
        D.struct("flex_double", member("c", scalar(INT8)), member("x", array(scalar(DOUBLE), 0)));
        D.struct("flex_2d", member("h", scalar(INT16)), member("x", array(scalar(INT32), 0, 3)));
        D.struct("flex_struct", member("c", scalar(INT8)), member("x", array(inner, 0)));
        D.struct("flex_aligned", member("c", scalar(INT8)), member("x", array(scalar(UINT8), 0), 8));
        D.packed("flex_packed", member("c", scalar(INT8)), member("x", array(scalar(INT64), 0)));
        D.struct("m68k_shorts", member("h", scalar(INT16)), member("c", scalar(INT8)));
        D.struct("bytes_only", member("a", array(scalar(UINT8), 3)));
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
