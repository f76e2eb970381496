package org.abistruct.processor.read;

import java.util.Locale;

/**
 * Default C names from Java names: {@code KvmDirtyTlb} is {@code kvm_dirty_tlb}. A word starts at
 * an upper-case letter after a lower-case letter or digit, and at the last capital of an acronym
 * run ({@code TLBEntry} is {@code tlb_entry}). Digits stay with the word before them, as in C
 * names such as {@code mas8} or {@code reserved2}; existing underscores are kept.
 */
public final class SnakeCase {
    private SnakeCase() {}

    /** The snake_case form of a Java identifier. */
    public static String of(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            if (i > 0 && startsWord(name, i) && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
            out.append(name.charAt(i));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWord(String name, int i) {
        char prev = name.charAt(i - 1);
        char c = name.charAt(i);
        if (!Character.isUpperCase(c)) {
            return false;
        }
        if (Character.isLowerCase(prev) || Character.isDigit(prev)) {
            return true;
        }
        return Character.isUpperCase(prev) && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
    }
}
