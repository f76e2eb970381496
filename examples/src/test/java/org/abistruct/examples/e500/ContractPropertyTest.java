package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.abistruct.examples.kvm.KvmBook3e206TlbParams;
import org.junit.jupiter.api.Test;

/**
 * Random params, valid-looking and wild, against a restatement of the documented contract in
 * arbitrary-precision arithmetic written here without the code under test.
 */
class ContractPropertyTest {

    private static final int RUNS = 120_000;
    private static final int ENTRY = 24;
    private static final BigInteger U32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);

    private final DocumentedContract documented = DocumentedContract.anyHost(ENTRY);
    private final KernelChecks kernel = new KernelChecks(ENTRY, 64);

    @Test
    void documentedValidatorAgreesWithTheRestatedContract() {
        SplittableRandom random = new SplittableRandom(0x5EED_E500L);
        int accepted = 0;
        for (int run = 0; run < RUNS; run++) {
            long[] sizes = new long[4];
            long[] ways = new long[4];
            int mmuType;
            long arrayLen;
            if (random.nextInt(4) == 0) {
                for (int i = 0; i < 4; i++) {
                    sizes[i] = wild(random);
                    ways[i] = wild(random);
                }
                mmuType = random.nextInt(8) == 0 ? random.nextInt() : random.nextInt(3);
                arrayLen = wild(random);
            } else {
                plausible(random, sizes, ways);
                mmuType = random.nextInt(10) == 0 ? 2 : random.nextInt(2);
                long need = (sizes[0] + sizes[1]) * ENTRY;
                long delta = random.nextInt(3) - 1;
                arrayLen = random.nextInt(6) == 0 ? wild(random) : clampU32(need + delta);
            }
            KvmBook3e206TlbParams params = Params.of(sizes, ways);
            ConfigVerdict<DocumentedRule> verdict =
                    documented.check(params, mmuType, Params.len(arrayLen));
            boolean expected = restatedAccepts(sizes, ways, mmuType, arrayLen);
            if (verdict.accepted() != expected) {
                fail("run " + run + ": sizes " + Arrays.toString(sizes) + " ways " + Arrays.toString(ways)
                        + " mmu " + mmuType + " array_len " + arrayLen + ": validator says "
                        + verdict.explain() + ", contract says " + expected);
            }
            BigInteger exact = BigInteger.valueOf(sizes[0]).add(BigInteger.valueOf(sizes[1]))
                    .multiply(BigInteger.valueOf(ENTRY));
            assertEquals(exact, BigInteger.valueOf(verdict.requiredArrayLen()), "no overflow");
            if (verdict.accepted()) {
                accepted++;
                TlbGeometry geometry = verdict.geometry().orElseThrow();
                assertTrue(geometry.requiredArrayLen(ENTRY) <= arrayLen, "required fits the given array_len");
                assertEquals(exact.longValueExact(), geometry.requiredArrayLen(ENTRY));
                if (mmuType == 0) {
                    // The kernel checks a subset of the documented rules, so it accepts too.
                    assertTrue(kernel.check(params, mmuType, Params.len(arrayLen)).accepted(),
                            "kernel rejects documented config at run " + run);
                }
            }
        }
        assertTrue(accepted > RUNS / 20, "too few accepted configs to mean anything: " + accepted);
        assertTrue(accepted < RUNS - RUNS / 20, "too few rejected configs to mean anything: " + accepted);
    }

    /** The documented contract, restated with BigInteger and explicit value sets. */
    private static boolean restatedAccepts(long[] sizes, long[] ways, int mmuType, long arrayLen) {
        if (mmuType != 0 && mmuType != 1) {
            return false;
        }
        long w0 = ways[0];
        if (w0 != 2 && w0 != 4 && w0 != 8 && w0 != 16) {
            return false;
        }
        BigInteger[] division = BigInteger.valueOf(sizes[0]).divideAndRemainder(BigInteger.valueOf(w0));
        if (division[1].signum() != 0) {
            return false;
        }
        BigInteger sets = division[0];
        if (sets.signum() <= 0 || sets.bitCount() != 1) {
            return false;
        }
        if (ways[1] != sizes[1] || sizes[1] > 64) {
            return false;
        }
        if (sizes[2] != 0 || sizes[3] != 0 || ways[2] != 0 || ways[3] != 0) {
            return false;
        }
        BigInteger need = BigInteger.valueOf(sizes[0]).add(BigInteger.valueOf(sizes[1]))
                .multiply(BigInteger.valueOf(ENTRY));
        return need.compareTo(U32_MAX) <= 0 && need.compareTo(BigInteger.valueOf(arrayLen)) <= 0;
    }

    private static void plausible(SplittableRandom random, long[] sizes, long[] ways) {
        long[] wayChoices = {1, 2, 4, 8, 16, 32, 3, 6, 0};
        long w0 = random.nextInt(5) == 0 ? wayChoices[random.nextInt(wayChoices.length)] : 2L << random.nextInt(4);
        long sets = 1L << random.nextInt(random.nextInt(8) == 0 ? 32 : 14);
        long s0 = random.nextInt(8) == 0 ? sets * Math.max(w0, 1) + random.nextInt(5) - 2 : sets * w0;
        if (random.nextInt(20) == 0) {
            s0 = 0xFFFF_FFFFL - random.nextInt(64);
        }
        sizes[0] = clampU32(s0);
        ways[0] = w0;
        long s1 = random.nextInt(70);
        sizes[1] = s1;
        ways[1] = random.nextInt(10) == 0 ? random.nextInt(70) : s1;
        if (random.nextInt(15) == 0) {
            int tlb = 2 + random.nextInt(2);
            sizes[tlb] = random.nextInt(3);
            ways[tlb] = random.nextInt(3);
        }
    }

    private static long wild(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return Integer.toUnsignedLong(random.nextInt());
            case 1:
                return 0xFFFF_FFFFL - random.nextInt(100);
            case 2:
                return 1L << random.nextInt(32);
            default:
                return random.nextInt(100);
        }
    }

    private static long clampU32(long value) {
        return Math.max(0, Math.min(0xFFFF_FFFFL, value));
    }
}
