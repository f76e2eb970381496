package org.abistruct.processor.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.EnumSet;
import org.abistruct.Abi;
import org.abistruct.processor.model.Decls;
import org.abistruct.testing.TestProperties;
import org.junit.jupiter.api.Test;

/**
 * Lays out thousands of seeded random structs with the engine and with the reference GCC of
 * every ABI, and compares every size, alignment and member offset. Tune with the system
 * properties {@code abistruct.differential.count} and {@code abistruct.differential.seed}.
 */
class DifferentialLayoutTest {
    private static final int DEFAULT_COUNT = 2000;
    private static final long DEFAULT_SEED = 0x5eed_ab15L;

    @Test
    void engineAgreesWithGccOnRandomStructs() {
        int count = (int) TestProperties.number("abistruct.differential.count", DEFAULT_COUNT);
        long seed = TestProperties.number("abistruct.differential.seed", DEFAULT_SEED);
        System.out.println("differential: seed " + seed + " (-Dabistruct.differential.seed="
                + seed + " -Dabistruct.differential.count=" + count + " to repeat)");
        Decls decls = RandomDecls.generate(seed, count);
        EnumSet<Abi> abis = EnumSet.allOf(Abi.class);
        GccLayoutCheck.Result result = GccLayoutCheck.check(decls.all(), decls.lookup(), abis);
        System.out.printf("differential: %d structs, %d ABIs, %d comparisons, %d mismatches%n",
                count, abis.size(), result.comparisons(), result.mismatches().size());
        assertTrue(result.comparisons() >= count * abis.size() * 2L, "too few comparisons");
        if (!result.mismatches().isEmpty()) {
            fail(result.mismatches().size() + " mismatches with GCC (seed " + seed + "):\n"
                    + GccLayoutCheck.describe(result.mismatches(), decls.lookup(), 5));
        }
    }
}
