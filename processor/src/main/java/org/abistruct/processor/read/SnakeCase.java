package org.abistruct.processor.read;

import java.util.Locale;

/**
 * Default C names from Java names: {@code KvmDirtyTlb} is {@code kvm_dirty_tlb}. A word starts at
 * an upper-case letter after a lower-case letter or digit, at the last capital of an acronym run
 * ({@code TLBEntry} is {@code tlb_entry}), and at a digit run after a letter unless a lower-case
 * letter follows the digits ({@code Book3e206Tlb} is {@code book3e_206_tlb}). A name that
 * already has an underscore keeps its digits where they are ({@code mas7_3} stays as it is).
 */
final class SnakeCase {
    private SnakeCase() {}

    /** The snake_case form of a Java identifier. */
    static String of(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        boolean splitDigits = name.indexOf('_') < 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && startsWord(name, i, splitDigits) && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWord(String name, int i, boolean splitDigits) {
        char prev = name.charAt(i - 1);
        char c = name.charAt(i);
        if (c == '_') {
            return false;
        }
        if (Character.isUpperCase(c)) {
            if (Character.isLowerCase(prev) || Character.isDigit(prev)) {
                return true;
            }
            return Character.isUpperCase(prev) && i + 1 < name.length()
                    && Character.isLowerCase(name.charAt(i + 1));
        }
        if (splitDigits && Character.isDigit(c) && Character.isLetter(prev)) {
            int end = i;
            while (end < name.length() && Character.isDigit(name.charAt(end))) {
                end++;
            }
            return end == name.length() || !Character.isLowerCase(name.charAt(end));
        }
        return false;
    }
}
