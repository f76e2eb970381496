package org.abistruct.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The length checks of arrays a layout writes. */
class ValuesTest {
    @Test
    void oneDimension() {
        assertDoesNotThrow(() -> Values.lengths(new short[3], "m", 3));
        assertEquals("m: length 2, expected 3", assertThrows(IllegalArgumentException.class,
                () -> Values.lengths(new short[2], "m", 3)).getMessage());
        assertThrows(NullPointerException.class, () -> Values.lengths(null, "m", 3));
    }

    @Test
    void everyDepthAndAFreeOutermostOne() {
        long[][][] good = new long[2][3][4];
        assertDoesNotThrow(() -> Values.lengths(good, "m", 2, 3, 4));
        assertDoesNotThrow(() -> Values.lengths(new long[5][3][4], "m", -1, 3, 4));
        long[][][] bad = new long[2][3][4];
        bad[1][2] = new long[5];
        assertEquals("m: length 5, expected 4", assertThrows(IllegalArgumentException.class,
                () -> Values.lengths(bad, "m", 2, 3, 4)).getMessage());
        bad[1][2] = null;
        assertThrows(NullPointerException.class, () -> Values.lengths(bad, "m", 2, 3, 4));
        assertThrows(IllegalArgumentException.class,
                () -> Values.lengths(new long[5][3][4], "m", 2, 3, 4));
    }
}
