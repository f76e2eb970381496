package org.abistruct.processor.generate.compat;

import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.junit.jupiter.api.Test;

/**
 * Converters of deeply nested structs: eight structs, each embedding the one before three times
 * ({@code S1(S0 x, S0 y, S0 z, int c)}...), whose inlined conversion made a method too large
 * for javac. Embedded types convert through helpers, so the converters compile, and a value
 * still converts both ways through every compat pair.
 */
class CompatHelpersTest {
    @Test
    void deepNestingCompilesAndConverts() {
        List<StructDecl> all = new ArrayList<>();
        all.add(struct("s0", member("a", scalar(ScalarKind.UINT64)),
                member("b", scalar(ScalarKind.UINT32))));
        for (int i = 1; i < 8; i++) {
            StructRef inner = all.get(i - 1).ref();
            all.add(struct("s" + i, member("x", inner), member("y", inner), member("z", inner),
                    member("c", scalar(ScalarKind.INT32))));
        }
        CompatRoundTrip trip = new CompatRoundTrip(8, all);
        String s7 = trip.converterSource("s7");
        assertTrue(s7.contains("private static void i386ToX86_64Part0("), s7.substring(0, 2000));
        assertTrue(s7.lines().count() < 2000, "s7's converter has " + s7.lines().count()
                + " lines");
        for (StructDecl decl : trip.decls()) {
            for (CompatPair pair : CompatPair.within(decl.abis())) {
                trip.check(decl, pair);
            }
        }
    }

    private static StructDecl struct(String name, Member... members) {
        return new StructDecl(new StructRef(CompatRoundTrip.PACKAGE, List.of(name)), name, false,
                false, 0, EnumSet.allOf(Abi.class), List.of(members), List.of());
    }
}
