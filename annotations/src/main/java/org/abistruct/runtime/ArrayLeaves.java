package org.abistruct.runtime;

/** What the whole-array helpers of every memory share: checks over the leaves of an array. */
final class ArrayLeaves {
    private ArrayLeaves() {}

    /**
     * Throws {@link IllegalArgumentException} naming {@code member} and {@code cType} unless
     * every {@code long} of {@code array}, of any dimensions, fits a word of {@code wordSize}
     * bytes as {@code signed} says.
     */
    static void checkWords(Object array, int wordSize, boolean signed, String member,
                           String cType) {
        if (wordSize == Long.BYTES) {
            return;
        }
        if (array instanceof Object[] rows) {
            for (Object row : rows) {
                checkWords(row, wordSize, signed, member, cType);
            }
            return;
        }
        for (long v : (long[]) array) {
            Values.word(v, wordSize, signed, member, cType);
        }
    }
}
