package org.abistruct.processor.generate.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.CompatStep;
import org.junit.jupiter.api.Test;

/**
 * How the compat converters group members into runs: members contiguous on both layouts are
 * copied as one run, runs longer than {@value CompatCode#UNROLLED} bytes by a bulk copy, runs at
 * odd offsets (packed structs) and structs that are one run round-trip like any other. Layout
 * facts in comments are GCC's (i686-linux-gnu-gcc-12 and x86_64-linux-gnu-gcc-12).
 */
class CompatRunsTest {
    private static final long SEED = 0x5eed_0f_5e75L;
    private static final CType U8 = new Scalar(ScalarKind.UINT8);
    private static final CType U16 = new Scalar(ScalarKind.UINT16);
    private static final CType U32 = new Scalar(ScalarKind.UINT32);
    private static final CType U64 = new Scalar(ScalarKind.UINT64);
    private static final CType PTR = new Scalar(ScalarKind.POINTER);
    private static final CType LONG = new Scalar(ScalarKind.LONG);

    /** kvm_dirty_tlb: bitmap at 0, num_dirty at 8; sizeof 12 on i386, 16 on x86_64. */
    private static final StructDecl TLB = struct("tlb", false, member("bitmap", U64),
            member("num_dirty", U32));
    /** Every member in one run of 68 bytes: sizeof 68 on i386, 72 on x86_64. */
    private static final StructDecl LONG_RUN = struct("long_run", false,
            member("a", new ArrayType(U64, 8)), member("b", U32));
    /** a at 0 (72 bytes); p at 72 (4 or 8); b at 76 or 80 (80 bytes); sizeof 156 or 160. */
    private static final StructDecl WIDE = struct("wide", false,
            member("a", new ArrayType(U64, 9)), member("p", PTR),
            member("b", new ArrayType(U32, 20)));
    /** Packed: c 0, x 1, p 9; s, y, z, n, e at 13, 15, 19, 24, 28 (i386), 17, 19, 23, 28, 36. */
    private static final StructDecl PACKED = struct("packed", true, member("c", U8),
            member("x", U64), member("p", PTR), member("s", U16), member("y", U32),
            member("z", new ArrayType(U8, 5)), member("n", LONG), member("e", U16));
    /** Short members before padding: x, s, y, p at 4, 12, 16, 24 (i386), 8, 16, 24, 32. */
    private static final StructDecl HEADS = struct("heads", false, member("c", U8),
            member("x", U64), member("s", U16), member("y", U64), member("p", PTR));
    /** Embedded structs and an array of them: their members join the outer runs. */
    private static final StructDecl OUTER = struct("outer", false, member("head", U32),
            member("tlb", TLB.ref()), member("tail", U32),
            member("tlbs", new ArrayType(TLB.ref(), 3)), member("pk", PACKED.ref()));

    @Test
    void contiguousMembersAreOneRun() {
        CompatRoundTrip trip = trip();
        assertEquals(List.of(new CompatStep.Copy(0, 0, 12), new CompatStep.Zero(12, 4)),
                trip.steps(TLB, Abi.I386, Abi.X86_64));
        assertEquals(List.of(new CompatStep.Copy(0, 0, 12)),
                trip.steps(TLB, Abi.X86_64, Abi.I386));
        assertEquals(List.of(new CompatStep.Copy(0, 0, 68), new CompatStep.Zero(68, 4)),
                trip.steps(LONG_RUN, Abi.I386, Abi.X86_64));
        List<CompatStep> packed = trip.steps(PACKED, Abi.I386, Abi.X86_64);
        assertEquals(new CompatStep.Copy(0, 0, 9), packed.get(0));
        assertEquals(new CompatStep.Copy(13, 17, 11), packed.get(2));
    }

    @Test
    void longRunsAreBulkCopiesAndShortOnesUnrolled() {
        CompatRoundTrip trip = trip();
        String wide = trip.converterSource("wide");
        assertTrue(wide.contains("CompatCopy.copy(from, f, 0, to, t, 0, 72);"), wide);
        assertTrue(wide.contains("CompatCopy.copy(from, f, 76, to, t, 80, 80);"), wide);
        String tlb = trip.converterSource("tlb");
        String up = tlb.substring(tlb.indexOf("int count) {", tlb.indexOf("void i386ToX86_64(")),
                tlb.indexOf("void x86_64ToI386("));
        assertFalse(up.contains("CompatCopy.copy(") || up.contains("CompatCopy.zero("), up);
        assertTrue(up.contains("CompatCopy.copy8(from, f, 0, to, t, 0);"), up);
        // num_dirty and the 4 bytes of tail padding after it: one 8-byte store.
        assertTrue(up.contains("CompatCopy.copy4Zero4(from, f, 8, to, t, 8);"), up);
        assertFalse(up.contains("CompatCopy.zero4("), up);
    }

    @Test
    void aOneOrTwoByteMoveAndThePaddingAfterItAreOneStore() {
        String heads = trip().converterSource("heads");
        String up = heads.substring(heads.indexOf("int count) {",
                heads.indexOf("void i386ToX86_64(")), heads.indexOf("void x86_64ToI386("));
        // c and the 7 bytes of padding before x; s and the 6 before y.
        assertTrue(up.contains("CompatCopy.copy1Zero7(from, f, 0, to, t, 0);"), up);
        assertTrue(up.contains("CompatCopy.copy2Zero6(from, f, 12, to, t, 16);"), up);
        assertFalse(up.contains("CompatCopy.zero"), up);
        // Toward I386 the padding is 3 and 2 bytes: too few to fill 8 bytes with the move.
        int begin = heads.indexOf("int count) {", heads.indexOf("void x86_64ToI386("));
        String down = heads.substring(begin, heads.indexOf("\n    }\n", begin));
        assertFalse(down.contains("Zero"), down);
        assertTrue(down.contains("CompatCopy.zero2(to, t, 1);"), down);
    }

    @Test
    void everyShapeRoundTripsThroughEveryPair() {
        CompatRoundTrip trip = trip();
        int converted = 0;
        for (StructDecl decl : trip.decls()) {
            for (CompatPair pair : CompatPair.within(decl.abis())) {
                for (int round = 0; round < 3; round++) {
                    trip.check(decl, pair);
                    converted++;
                }
            }
        }
        assertEquals(6 * CompatPair.all().size() * 3, converted);
    }

    private static CompatRoundTrip trip() {
        return new CompatRoundTrip(SEED, List.of(TLB, LONG_RUN, WIDE, PACKED, HEADS, OUTER));
    }

    private static Member member(String name, CType type) {
        return new Member(name, name, type, 0, false);
    }

    private static StructDecl struct(String name, boolean packed, Member... members) {
        return new StructDecl(new StructRef(CompatRoundTrip.PACKAGE, List.of(name)), name, false,
                packed, 0, EnumSet.of(Abi.I386, Abi.X86_64), new ArrayList<>(List.of(members)),
                List.of());
    }
}
