package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real cores: their geometries and array_len with 24-byte entries, from the reference table. */
class FreescaleCoreTest {

    @ParameterizedTest
    @CsvSource({"E500V2, 12672", "E500MC, 13824", "E5500, 13824", "E6500, 26112"})
    void arrayLenWithTwentyFourByteEntries(FreescaleCore core, long arrayLen) {
        assertEquals(arrayLen, core.arrayLen(24));
    }

    @ParameterizedTest
    @CsvSource({"E500V2, 12672", "E500MC, 13824", "E5500, 13824", "E6500, 26112"})
    void bothModesAcceptTheCoreWithExactlyItsArrayLen(FreescaleCore core, int arrayLen) {
        DocumentedContract documented = DocumentedContract.anyHost(24);
        KernelChecks kernel = new KernelChecks(24, 64);
        assertTrue(documented.check(core.params(), 0, arrayLen).accepted());
        assertTrue(kernel.check(core.params(), 0, arrayLen).accepted());
        assertEquals(core.geometry(), documented.check(core.params(), 0, arrayLen).geometry().orElseThrow());
        assertEquals(core.geometry(), kernel.check(core.params(), 0, arrayLen).geometry().orElseThrow());
        assertEquals(DocumentedRule.ARRAY_LEN_TOO_SHORT,
                documented.check(core.params(), 0, arrayLen - 1).broken().get(0));
        assertEquals(KernelCheck.ARRAY_LEN_TOO_SHORT, kernel.check(core.params(), 0, arrayLen - 1).broken().get(0));
    }

    @Test
    void e6500HasEightWaysOf128Sets() {
        assertEquals(new TlbGeometry(1024, 8, 128, 64), FreescaleCore.E6500.geometry());
    }
}
