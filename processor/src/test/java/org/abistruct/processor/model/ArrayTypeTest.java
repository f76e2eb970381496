package org.abistruct.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What an array type says about its elements, by the C declarations it stands for. */
class ArrayTypeTest {
    private static final CType U16 = new Scalar(ScalarKind.UINT16);

    @Test
    void oneElementOfAVectorIsOneLeaf() {
        assertEquals(1, new ArrayType(U16, 5).leavesPerElement());
        assertEquals(1, new ArrayType(U16, 0).leavesPerElement());
    }

    @Test
    void oneRowOfAMatrixHoldsItsInnerLengthsMultiplied() {
        // __u16 m[2][3]: a row is 3 leaves; __u16 c[0][4][5]: an element is 20.
        assertEquals(3, new ArrayType(new ArrayType(U16, 3), 2).leavesPerElement());
        assertEquals(20, new ArrayType(new ArrayType(new ArrayType(U16, 5), 4), 0)
                .leavesPerElement());
    }

    @Test
    void anEmptyInnerDimensionHoldsNoLeaves() {
        assertEquals(0, new ArrayType(new ArrayType(U16, 0), 2).leavesPerElement());
    }
}
