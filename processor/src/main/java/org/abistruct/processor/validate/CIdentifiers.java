package org.abistruct.processor.validate;

import java.util.Set;

/** The keywords of C11, C23 and GNU C, which cannot name a member, struct or ioctl. */
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

    /** Whether {@code name} is reserved by C or GCC. */
    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }
}
