package org.abistruct.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compiler;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import org.abistruct.Abi;
import org.abistruct.processor.diag.Sources;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.ExpectedSize;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.junit.jupiter.api.Test;

/** The reader turns records into the expected model, written out by hand here. */
class RecordReaderTest {
    private static Capture read(JavaFileObject... sources) {
        Capture capture = new Capture();
        Compiler.javac().withProcessors(capture).compile(sources);
        return capture;
    }

    private static StructDecl decl(Capture c, String name) {
        Capture.Result r = c.results.get(name);
        assertEquals("", r.report(), "problems reading " + name);
        return r.decl();
    }

    private static CType scalar(ScalarKind kind) {
        return new Scalar(kind);
    }

    private static Member member(String java, String c, CType type) {
        return new Member(java, c, type, 0, false);
    }

    @Test
    void namesAttributesAndDefaults() {
        Capture c = read(Sources.of("KvmBook3e206TlbEntry", "@AbiStruct",
                "record KvmBook3e206TlbEntry(int mas8, @Unsigned int numDirty) {}",
                "@AbiUnion(name = \"my_union\", abis = {Abi.SH4, Abi.ARM})", "@Packed @Align(16)",
                "@ExpectSize(bytes = 4)", "@ExpectSize(bytes = 8, abis = Abi.ARM)",
                "record U(@CName(\"raw_bits\") @Align(8) int raw) {}"));
        StructDecl s = decl(c, "p.KvmBook3e206TlbEntry");
        StructDecl expected = new StructDecl(new StructRef("p", List.of("KvmBook3e206TlbEntry")),
                "kvm_book3e206_tlb_entry", false, false, 0, EnumSet.allOf(Abi.class),
                List.of(member("mas8", "mas8", scalar(ScalarKind.INT32)),
                        member("numDirty", "num_dirty", scalar(ScalarKind.UINT32))),
                List.of());
        assertEquals(expected, s);

        StructDecl u = decl(c, "p.U");
        StructDecl expectedUnion = new StructDecl(new StructRef("p", List.of("U")), "my_union",
                true, true, 16, Set.of(Abi.ARM, Abi.SH4),
                List.of(new Member("raw", "raw_bits", scalar(ScalarKind.INT32), 8, false)),
                List.of(new ExpectedSize(4, Set.of()), new ExpectedSize(8, Set.of(Abi.ARM))));
        assertEquals(expectedUnion, u);
    }

    @Test
    void everyComponentTypeMapsToItsCType() {
        Capture c = read(Sources.of("T", "@AbiStruct", "record T(",
                "    byte i8, @Unsigned byte u8, short i16, @Unsigned short u16,",
                "    int i32, @Unsigned int u32, long i64, @Unsigned long u64,",
                "    float f, double d, boolean b, char ch,",
                "    @Pointer long ptr, @CLong long sl, @Unsigned @CLong long ul,",
                "    @Length(4) int[] arr, @Length({2, 3}) short[][] matrix,",
                "    @Unsigned @Length(2) byte[] bytes, @Pointer @Length(3) long[] ptrs,",
                "    E.Inner nested, @Length(2) E.Inner[] nestedArray, @Anonymous E.Inner anon,",
                "    @Length(0) @CLong long[] tail) {}",
                "class E { @AbiStruct record Inner(int x) {} }"));
        StructRef inner = new StructRef("p", List.of("E", "Inner"));
        List<Member> expected = List.of(
                member("i8", "i8", scalar(ScalarKind.INT8)),
                member("u8", "u8", scalar(ScalarKind.UINT8)),
                member("i16", "i16", scalar(ScalarKind.INT16)),
                member("u16", "u16", scalar(ScalarKind.UINT16)),
                member("i32", "i32", scalar(ScalarKind.INT32)),
                member("u32", "u32", scalar(ScalarKind.UINT32)),
                member("i64", "i64", scalar(ScalarKind.INT64)),
                member("u64", "u64", scalar(ScalarKind.UINT64)),
                member("f", "f", scalar(ScalarKind.FLOAT)),
                member("d", "d", scalar(ScalarKind.DOUBLE)),
                member("b", "b", scalar(ScalarKind.BOOL)),
                member("ch", "ch", scalar(ScalarKind.CHAR16)),
                member("ptr", "ptr", scalar(ScalarKind.POINTER)),
                member("sl", "sl", scalar(ScalarKind.LONG)),
                member("ul", "ul", scalar(ScalarKind.ULONG)),
                member("arr", "arr", new ArrayType(scalar(ScalarKind.INT32), 4)),
                member("matrix", "matrix", new ArrayType(new ArrayType(scalar(ScalarKind.INT16), 3), 2)),
                member("bytes", "bytes", new ArrayType(scalar(ScalarKind.UINT8), 2)),
                member("ptrs", "ptrs", new ArrayType(scalar(ScalarKind.POINTER), 3)),
                member("nested", "nested", inner),
                member("nestedArray", "nested_array", new ArrayType(inner, 2)),
                new Member("anon", "anon", inner, 0, true),
                member("tail", "tail", new ArrayType(scalar(ScalarKind.LONG), 0)));
        assertEquals(expected, decl(c, "p.T").members());
        assertEquals(Set.of("p.T", "p.E.Inner"), c.results.keySet());
    }

    @Test
    void unreadableComponentsLeaveAGapButAreCounted() {
        Capture c = read(Sources.of("G", "@AbiStruct", "record G(int a, String b, int c) {}"));
        Capture.Result r = c.results.get("p.G");
        assertTrue(r.report().startsWith("[AbiStructUnknownType] Component 'b'"), r.report());
        assertEquals(List.of("a", "c"), r.decl().members().stream().map(Member::javaName).toList());
        assertEquals(List.of(0, 2), r.componentIndexes());
        assertEquals(3, r.componentCount());
    }

    @Test
    void unresolvedTypeWaitsBeforeTheLastRound() {
        Capture c = read(Sources.of("W", "@AbiStruct", "record W(int a, @Length(2) Later[] b) {}"));
        Capture.Result r = c.results.get("p.W");
        assertTrue(r.waiting());
        assertEquals("", r.report());
        Capture.Result resolved = read(Sources.of("R", "@AbiStruct", "record R(int a) {}"))
                .results.get("p.R");
        assertFalse(resolved.waiting());
    }
}
