package org.abistruct.processor.validate;

import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.processor.generate.cheader.CStructWriter;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.Padding;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.Test;

/**
 * The compat comparison and the fix finder against GCC: the differences it reports are the
 * reference's, and every fix it suggests, written out in C, has one layout per compat pair
 * when the pair's two cross compilers lay it out.
 */
class CompatFixesTest {
    private static final Set<Abi> PAIR_ABIS = CompatPair.abis();


    @Test
    void kvmDirtyTlbDiffersOnlyBetweenI386AndX86_64() {
        Decls decls = new Decls();
        StructDecl tlb = decls.get(decls.struct("kvm_dirty_tlb", member("bitmap", scalar(ScalarKind.UINT64)),
                member("num_dirty", scalar(ScalarKind.UINT32))));
        LayoutEngine engine = new LayoutEngine(decls.lookup());
        for (CompatPair pair : CompatPair.all()) {
            CompatDiff diff = CompatDiff.of(pair, engine.layout(tlb, pair.user()),
                    engine.layout(tlb, pair.kernel()));
            assertEquals(pair.user() == Abi.I386, diff.differs(), pair.toString());
        }
        CompatDiff i386 = CompatDiff.of(CompatPair.all().get(0), engine.layout(tlb, Abi.I386),
                engine.layout(tlb, Abi.X86_64));
        // The reference: 12 bytes on i386, 16 on x86_64, the difference being tail padding.
        assertEquals(12, i386.user().size());
        assertEquals(16, i386.kernel().size());
        assertEquals(List.of(new Padding(12, 4, true, "num_dirty")), i386.onlyIn(i386.kernel()));
        assertEquals(List.of("64-bit integers are 8-aligned on X86_64 but 4-aligned on I386"),
                AbiDifferences.of(i386.pair(), i386.kernel()));
        assertTrue(CompatFixes.differs(tlb, decls.lookup()));
    }

    @Test
    void fixesOfKvmDirtyTlbHoldUnderGcc() {
        Decls decls = new Decls();
        StructDecl tlb = decls.get(decls.struct("kvm_dirty_tlb", member("bitmap", scalar(ScalarKind.UINT64)),
                member("num_dirty", scalar(ScalarKind.UINT32))));
        List<CompatFix> fixes = CompatFixes.find(tlb, decls.lookup());
        assertEquals(List.of("insert component `@Unsigned int pad` after `num_dirty`",
                "add `@Align(8)` to component `bitmap`"), texts(fixes));
        assertIdenticalUnderGcc(fixes, decls);
    }

    @Test
    void fixesOfPointersLongsAndHolesHoldUnderGcc() {
        Decls decls = new Decls();
        StructDecl inner = decls.get(decls.struct("inner", member("x", scalar(ScalarKind.UINT16)),
                member("y", scalar(ScalarKind.UINT32))));
        StructDecl mixed = decls.get(decls.struct("mixed", member("flags", scalar(ScalarKind.UINT32)),
                member("buffer", scalar(ScalarKind.POINTER)), member("count", scalar(ScalarKind.LONG)),
                member("in", inner.ref()), member("stamp", scalar(ScalarKind.DOUBLE)),
                member("tail", scalar(ScalarKind.UINT8))));
        List<CompatFix> fixes = CompatFixes.find(mixed, decls.lookup());
        assertFalse(fixes.isEmpty());
        for (CompatFix fix : fixes) {
            assertTrue(fix.edits().get(0).startsWith("replace `@Pointer` with `@Unsigned`"),
                    fix.text());
        }
        assertIdenticalUnderGcc(fixes, decls);
    }

    /** Each fixed struct, compiled for both ABIs of every pair, has equal size and offsets. */
    private static void assertIdenticalUnderGcc(List<CompatFix> fixes, Decls decls) {
        StringBuilder prelude = new StringBuilder(CStructWriter.INCLUDES)
                .append(CStructWriter.definitions(decls.all(), decls.lookup()));
        Map<String, String> probes = new LinkedHashMap<>();
        for (int f = 0; f < fixes.size(); f++) {
            StructDecl d = fixes.get(f).fixed();
            StructDecl renamed = new StructDecl(d.ref(), d.cName() + "_fix" + f, d.union(),
                    d.packed(), d.align(), d.abis(), d.members(), d.expectedSizes());
            prelude.append(CStructWriter.definition(renamed, decls.lookup()));
            String type = "struct " + renamed.cName();
            probes.put("size " + f, "sizeof(" + type + ")");
            for (Member member : renamed.members()) {
                probes.put("offset " + f + "." + member.cName(), "__builtin_offsetof(" + type
                        + ", " + member.cName() + ")");
            }
        }
        CProbe probe = new CProbe(prelude.toString());
        probes.forEach(probe::add);
        Map<Abi, Map<String, Long>> found = probe.runAll(PAIR_ABIS);
        for (CompatPair pair : CompatPair.all()) {
            assertEquals(found.get(pair.user()), found.get(pair.kernel()), pair + ": " + prelude);
        }
    }

    private static List<String> texts(List<CompatFix> fixes) {
        List<String> out = new ArrayList<>();
        fixes.forEach(f -> out.add(String.join("; ", f.edits())));
        return out;
    }
}
