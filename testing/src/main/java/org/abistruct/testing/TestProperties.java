package org.abistruct.testing;

/** The numeric knobs of the seeded tests, such as {@code -Dabistruct.differential.seed=N}. */
public final class TestProperties {
    private TestProperties() {}

    /**
     * The system property {@code name} as a number, or {@code fallback} when it is unset, empty
     * or a Maven expression left unexpanded ({@code ${...}}).
     */
    public static long number(String name, long fallback) {
        String value = System.getProperty(name, "").trim();
        if (value.isEmpty() || value.startsWith("${")) {
            return fallback;
        }
        return Long.decode(value);
    }
}
