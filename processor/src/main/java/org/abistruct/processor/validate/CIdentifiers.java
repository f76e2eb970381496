package org.abistruct.processor.validate;

import java.util.Set;

/** What C accepts as a name: identifier syntax, and not a keyword of C11, C23 or GNU C. */
final class CIdentifiers {
    private static final Set<String> KEYWORDS = Set.of(
            // C11
            "auto", "break", "case", "char", "const", "continue", "default", "do", "double",
            "else", "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long",
            "register", "restrict", "return", "short", "signed", "sizeof", "static", "struct",
            "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "_Alignas",
            "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
            "_Static_assert", "_Thread_local",
            // C23
            "alignas", "alignof", "bool", "constexpr", "false", "nullptr", "static_assert",
            "thread_local", "true", "typeof", "typeof_unqual", "_BitInt", "_Decimal32",
            "_Decimal64", "_Decimal128",
            // GNU C
            "asm", "__asm", "__asm__", "__attribute__", "__extension__", "__inline",
            "__inline__", "__restrict", "__restrict__", "__typeof", "__typeof__", "__volatile__",
            "__alignof__", "__label__", "__int128", "__auto_type");

    private CIdentifiers() {}

    /** Whether {@code name} is spelled like a C identifier: ASCII letters, digits and '_'. */
    static boolean isIdentifier(String name) {
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

    /** Whether {@code name} is reserved by C or GCC. */
    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }
}
