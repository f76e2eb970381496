package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.abistruct.examples.kvm.KvmBook3e206TlbParams;
import org.junit.jupiter.api.Test;

/**
 * The checks of mainline {@code kvm_vcpu_ioctl_config_tlb}, each accepted and rejected, and the
 * configurations where the kernel and its documentation disagree.
 */
class KernelChecksTest {

    private static final int ENTRY = 24;
    private static final int NOHV = 0;
    private final KernelChecks kernel = new KernelChecks(ENTRY, 64);
    private final DocumentedContract documented = DocumentedContract.anyHost(ENTRY);

    private ConfigVerdict<KernelCheck> check(KvmBook3e206TlbParams params, long arrayLen) {
        return kernel.check(params, NOHV, Params.len(arrayLen));
    }

    private static void assertRejected(KernelCheck expected, ConfigVerdict<KernelCheck> verdict) {
        assertEquals(List.of(expected), verdict.broken());
        assertFalse(verdict.geometry().isPresent());
    }

    @Test
    void e500mcGeometryIsAccepted() {
        ConfigVerdict<KernelCheck> verdict = check(Params.of(512, 4, 64, 64), 13_824);
        assertTrue(verdict.accepted(), verdict.explain());
        assertEquals(new TlbGeometry(512, 4, 128, 64), verdict.geometry().orElseThrow());
    }

    @Test
    void onlyNohvIsAccepted() {
        KvmBook3e206TlbParams params = Params.of(512, 4, 64, 64);
        assertRejected(KernelCheck.MMU_TYPE_NOT_NOHV, kernel.check(params, 1, 13_824));
        assertRejected(KernelCheck.MMU_TYPE_NOT_NOHV, kernel.check(params, 2, 13_824));
        assertTrue(documented.check(params, 1, 13_824).accepted(), "the documentation allows HV");
    }

    @Test
    void tlb1Checks() {
        assertRejected(KernelCheck.TLB1_OVER_64, check(Params.of(512, 4, 65, 65), 20_000));
        assertRejected(KernelCheck.TLB1_WAYS_NOT_SIZE, check(Params.of(512, 4, 16, 8), 20_000));
        assertTrue(check(Params.of(512, 4, 64, 64), 13_824).accepted());
    }

    @Test
    void tlb2AndTlb3SizesAndWaysAreSeparateChecks() {
        assertRejected(KernelCheck.TLB2_TLB3_SIZE_NONZERO,
                check(Params.of(new long[] {512, 16, 0, 1}, new long[] {4, 16, 1, 0}), 20_000));
        assertRejected(KernelCheck.TLB2_TLB3_WAYS_NONZERO,
                check(Params.of(new long[] {512, 16, 0, 0}, new long[] {4, 16, 1, 0}), 20_000));
    }

    @Test
    void tlb0WaysMustBeAPowerOfTwo() {
        assertRejected(KernelCheck.TLB0_WAYS_NOT_POWER_OF_TWO, check(Params.of(12, 3, 0, 0), 1_000));
        assertRejected(KernelCheck.TLB0_WAYS_NOT_POWER_OF_TWO, check(Params.of(12, 0, 0, 0), 1_000));
    }

    @Test
    void tlb0SetsAreTheSizeShiftedByLog2OfTheWays() {
        // 12 >> 2 = 3 and 0 >> 2 = 0 are not powers of two; 11 >> 2 = 2 is.
        assertRejected(KernelCheck.TLB0_SETS_NOT_POWER_OF_TWO, check(Params.of(12, 4, 0, 0), 1_000));
        assertRejected(KernelCheck.TLB0_SETS_NOT_POWER_OF_TWO, check(Params.of(0, 4, 0, 0), 1_000));
        ConfigVerdict<KernelCheck> eleven = check(Params.of(11, 4, 0, 0), 1_000);
        assertEquals(new TlbGeometry(11, 4, 2, 0), eleven.geometry().orElseThrow());
    }

    @Test
    void arrayLenMustCoverTheEntries() {
        assertRejected(KernelCheck.ARRAY_LEN_TOO_SHORT, check(Params.of(512, 4, 64, 64), 13_823));
        assertEquals(13_824, check(Params.of(512, 4, 64, 64), 13_823).requiredArrayLen());
    }

    @Test
    void theKernelStopsAtItsFirstFailedCheck() {
        // Breaks TLB1 > 64, TLB0 ways and array_len: the kernel returns at the TLB1 check.
        assertRejected(KernelCheck.TLB1_OVER_64, check(Params.of(12, 3, 100, 100), 0));
    }

    @Test
    void tenEntriesInFourWaysKernelAcceptsDocumentationRejects() {
        // 10 >> ilog2(4) = 2 sets, a power of two; (10 + 16) x 24 = 624 bytes.
        ConfigVerdict<KernelCheck> byKernel = check(Params.of(10, 4, 16, 16), 624);
        assertTrue(byKernel.accepted(), byKernel.explain());
        TlbGeometry geometry = byKernel.geometry().orElseThrow();
        assertEquals(2, geometry.tlb0Sets());
        assertEquals(10, geometry.tlb1Offset(), "TLB1 starts after all ten TLB0 entries");
        ConfigVerdict<DocumentedRule> byDocs = documented.check(Params.of(10, 4, 16, 16), NOHV, 624);
        assertEquals(List.of(DocumentedRule.TLB0_SIZE_MULTIPLE_OF_WAYS), byDocs.broken());
    }

    @Test
    void waysOutsideTwoToSixteenKernelAcceptsDocumentationRejects() {
        assertTrue(check(Params.of(1024, 32, 0, 0), 24_576).accepted());
        assertTrue(check(Params.of(8, 1, 0, 0), 192).accepted());
        assertTrue(documented.check(Params.of(1024, 32, 0, 0), NOHV, 24_576).breaks(DocumentedRule.TLB0_WAYS));
        assertTrue(documented.check(Params.of(8, 1, 0, 0), NOHV, 192).breaks(DocumentedRule.TLB0_WAYS));
    }

    @Test
    void theKernelsThirtyTwoBitEntrySumWrapsNearTwoToTheThirtyTwo() {
        // ways 2^31: sets = 0xFFFFFFFF >> 31 = 1. Entries 0xFFFFFFFF + 64 wrap in u32 to 63,
        // so the kernel asks for 63 x 24 = 1512 bytes where 4,294,967,359 entries need
        // 103,079,216,616.
        KvmBook3e206TlbParams params = Params.of(0xFFFF_FFFFL, 1L << 31, 64, 64);
        ConfigVerdict<KernelCheck> byKernel = check(params, 1_512);
        assertTrue(byKernel.accepted(), byKernel.explain());
        assertEquals(1_512, byKernel.requiredArrayLen());
        assertEquals(103_079_216_616L, byKernel.geometry().orElseThrow().requiredArrayLen(ENTRY));
        assertRejected(KernelCheck.ARRAY_LEN_TOO_SHORT, check(params, 1_511));
        ConfigVerdict<DocumentedRule> byDocs = documented.check(params, NOHV, 1_512);
        assertTrue(byDocs.breaks(DocumentedRule.TLB0_WAYS));
        assertTrue(byDocs.breaks(DocumentedRule.ARRAY_LEN_UNREPRESENTABLE));
    }

    @Test
    void aThirtyTwoBitSizeTWrapsTheProductToo() {
        // 2^28 entries x 24 = 6,442,450,944 = 2^32 + 2^31: a 32-bit size_t keeps 2^31.
        KvmBook3e206TlbParams params = Params.of(1L << 28, 16, 0, 0);
        KernelChecks kernel32 = new KernelChecks(ENTRY, 32);
        ConfigVerdict<KernelCheck> wrapped = kernel32.check(params, NOHV, Params.len(1L << 31));
        assertTrue(wrapped.accepted(), wrapped.explain());
        assertEquals(1L << 31, wrapped.requiredArrayLen());
        assertRejected(KernelCheck.ARRAY_LEN_TOO_SHORT, check(params, 0xFFFF_FFFFL));
        assertEquals(6_442_450_944L, check(params, 0xFFFF_FFFFL).requiredArrayLen());
    }
}
