package org.abistruct.processor.model;

/** How C spells a name. */
public final class CSpelling {
    private CSpelling() {}

    /**
     * Whether {@code name} is spelled like a C identifier: ASCII letters, digits and '_', not
     * starting with a digit.
     */
    public static boolean isIdentifier(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
