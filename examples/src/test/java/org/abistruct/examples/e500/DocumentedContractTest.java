package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.abistruct.examples.kvm.KvmBook3e206TlbParams;
import org.abistruct.examples.kvm.KvmConfigTlb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented contract, rule by rule; sizes in bytes assume the 24-byte entry of the uapi. */
class DocumentedContractTest {

    private static final int ENTRY = 24;
    private static final int NOHV = 0;
    private static final int HV = 1;
    private final DocumentedContract contract = DocumentedContract.anyHost(ENTRY);

    private ConfigVerdict<DocumentedRule> check(KvmBook3e206TlbParams params, long arrayLen) {
        return contract.check(params, NOHV, Params.len(arrayLen));
    }

    @Test
    void e500v2GeometryIsAcceptedWithItsGeometry() {
        // 512 entries, 4 ways: 128 sets; TLB1 16; (512 + 16) x 24 = 12672 bytes.
        ConfigVerdict<DocumentedRule> verdict = check(Params.of(512, 4, 16, 16), 12_672);
        assertTrue(verdict.accepted(), verdict.explain());
        assertEquals(new TlbGeometry(512, 4, 128, 16), verdict.geometry().orElseThrow());
        assertEquals(12_672, verdict.requiredArrayLen());
    }

    @ParameterizedTest
    @CsvSource({"2, true", "4, true", "8, true", "16, true", "1, false", "32, false", "0, false",
            "3, false", "6, false"})
    void tlb0WaysArePowersOfTwoFromTwoToSixteen(long ways, boolean accepted) {
        long size = ways == 0 ? 48 : ways * 4;
        ConfigVerdict<DocumentedRule> verdict = check(Params.of(size, ways, 0, 0), 1_000_000);
        assertEquals(accepted, verdict.accepted(), verdict.explain());
        assertEquals(!accepted, verdict.breaks(DocumentedRule.TLB0_WAYS));
    }

    @Test
    void tlb0SizeMustBeAMultipleOfTheWays() {
        ConfigVerdict<DocumentedRule> verdict = check(Params.of(10, 4, 0, 0), 1_000);
        assertEquals(List.of(DocumentedRule.TLB0_SIZE_MULTIPLE_OF_WAYS), verdict.broken());
        assertTrue(check(Params.of(12, 4, 0, 0), 1_000).breaks(DocumentedRule.TLB0_SETS_POWER_OF_TWO));
        assertTrue(check(Params.of(16, 4, 0, 0), 1_000).accepted());
    }

    @Test
    void tlb0SetCountMustBeAPowerOfTwo() {
        // 12 / 4 = 3 sets; 0 / 4 = 0 sets; 4 / 4 = 1 set is 2^0.
        assertEquals(List.of(DocumentedRule.TLB0_SETS_POWER_OF_TWO), check(Params.of(12, 4, 0, 0), 1_000).broken());
        assertEquals(List.of(DocumentedRule.TLB0_SETS_POWER_OF_TWO), check(Params.of(0, 4, 0, 0), 1_000).broken());
        assertTrue(check(Params.of(4, 4, 0, 0), 1_000).accepted());
    }

    @Test
    void tlb1MustBeFullyAssociativeAndAtMost64() {
        assertEquals(List.of(DocumentedRule.TLB1_FULLY_ASSOCIATIVE), check(Params.of(512, 4, 16, 8), 20_000).broken());
        assertEquals(List.of(DocumentedRule.TLB1_AT_MOST_64), check(Params.of(512, 4, 65, 65), 20_000).broken());
        assertTrue(check(Params.of(512, 4, 64, 64), 13_824).accepted());
        assertTrue(check(Params.of(512, 4, 0, 0), 12_288).accepted());
    }

    @Test
    void tlb2AndTlb3MustBeZero() {
        long[] ways = {4, 16, 0, 0};
        assertEquals(List.of(DocumentedRule.TLB2_TLB3_ZERO),
                check(Params.of(new long[] {512, 16, 1, 0}, ways), 20_000).broken());
        assertEquals(List.of(DocumentedRule.TLB2_TLB3_ZERO),
                check(Params.of(new long[] {512, 16, 0, 0}, new long[] {4, 16, 0, 1}), 20_000).broken());
    }

    @Test
    void mmuTypeMustBeKnownAndSupportedByTheHost() {
        KvmBook3e206TlbParams params = Params.of(512, 4, 16, 16);
        assertTrue(contract.check(params, HV, 12_672).accepted());
        assertEquals(List.of(DocumentedRule.MMU_TYPE), contract.check(params, 2, 12_672).broken());
        assertEquals(List.of(DocumentedRule.MMU_TYPE), contract.check(params, -1, 12_672).broken());
        DocumentedContract nohvHost = new DocumentedContract(ENTRY, EnumSet.of(MmuType.FSL_BOOKE_NOHV));
        assertEquals(List.of(DocumentedRule.MMU_TYPE), nohvHost.check(params, HV, 12_672).broken());
        assertTrue(nohvHost.check(params, NOHV, 12_672).accepted());
    }

    @Test
    void arrayLenMustCoverTheEntries() {
        assertEquals(List.of(DocumentedRule.ARRAY_LEN_TOO_SHORT), check(Params.of(512, 4, 16, 16), 12_671).broken());
        assertTrue(check(Params.of(512, 4, 16, 16), 12_673).accepted());
    }

    @Test
    void arrayLenIsReadUnsigned() {
        // 0xFFFFFFFF is 4 GiB - 1, not -1: it covers e500v2's 12672 bytes.
        assertTrue(check(Params.of(512, 4, 16, 16), 0xFFFF_FFFFL).accepted());
    }

    @Test
    void largestArraysAreAcceptedWhileTheyFitA32BitArrayLen() {
        // 2^27 + 64 entries x 24 = 3,221,227,008 bytes <= 2^32 - 1.
        ConfigVerdict<DocumentedRule> fits = check(Params.of(1L << 27, 16, 64, 64), 0xFFFF_FFFFL);
        assertTrue(fits.accepted(), fits.explain());
        assertEquals(3_221_227_008L, fits.requiredArrayLen());
        // 2^28 entries x 24 = 6,442,450,944 bytes: no 32-bit array_len can hold it.
        ConfigVerdict<DocumentedRule> tooBig = check(Params.of(1L << 28, 16, 0, 0), 0xFFFF_FFFFL);
        assertEquals(List.of(DocumentedRule.ARRAY_LEN_UNREPRESENTABLE), tooBig.broken());
        assertEquals(6_442_450_944L, tooBig.requiredArrayLen());
    }

    @Test
    void sizesNearTwoToTheThirtyTwoAreRejectedNotWrapped() {
        // (0xFFFFFFFF + 0xFFFFFFFF) x 24 would wrap in 32 bits to a small number.
        ConfigVerdict<DocumentedRule> verdict = check(
                Params.of(0xFFFF_FFFFL, 16, 0xFFFF_FFFFL, 0xFFFF_FFFFL), 0xFFFF_FFFFL);
        assertTrue(verdict.breaks(DocumentedRule.ARRAY_LEN_UNREPRESENTABLE), verdict.explain());
        assertTrue(verdict.breaks(DocumentedRule.TLB0_SIZE_MULTIPLE_OF_WAYS));
        assertTrue(verdict.breaks(DocumentedRule.TLB1_AT_MOST_64));
        assertEquals(0x1_FFFF_FFFEL * 24, verdict.requiredArrayLen());
        // 2^31 entries in 16 ways is 2^27 sets, a legal shape, but 2^31 x 24 bytes is not.
        ConfigVerdict<DocumentedRule> shape = check(Params.of(1L << 31, 16, 0, 0), 0xFFFF_FFFFL);
        assertEquals(List.of(DocumentedRule.ARRAY_LEN_UNREPRESENTABLE), shape.broken());
    }

    @Test
    void everyBrokenRuleIsReportedWithItsSentence() {
        ConfigVerdict<DocumentedRule> verdict = contract.check(
                Params.of(new long[] {10, 16, 1, 0}, new long[] {32, 8, 0, 0}), 7, 0);
        assertEquals(List.of(DocumentedRule.MMU_TYPE, DocumentedRule.TLB0_WAYS,
                DocumentedRule.TLB0_SIZE_MULTIPLE_OF_WAYS, DocumentedRule.TLB1_FULLY_ASSOCIATIVE,
                DocumentedRule.TLB2_TLB3_ZERO, DocumentedRule.ARRAY_LEN_TOO_SHORT), verdict.broken());
        assertFalse(verdict.geometry().isPresent());
        assertTrue(verdict.explain().contains("TLB0_WAYS: The number of ways of TLB0 must be a power of two"));
    }

    @Test
    void aConfigRecordSuppliesMmuTypeAndArrayLen() {
        KvmConfigTlb config = new KvmConfigTlb(0x1000, 0x2000, NOHV, 12_672);
        assertTrue(contract.check(config, Params.of(512, 4, 16, 16)).accepted());
        KvmConfigTlb shortConfig = new KvmConfigTlb(0x1000, 0x2000, NOHV, 100);
        assertTrue(contract.check(shortConfig, Params.of(512, 4, 16, 16)).breaks(DocumentedRule.ARRAY_LEN_TOO_SHORT));
    }
}
