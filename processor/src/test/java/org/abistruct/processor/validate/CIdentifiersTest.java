package org.abistruct.processor.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.abistruct.processor.model.CSpelling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CIdentifiersTest {
    @ParameterizedTest
    @ValueSource(strings = {"x", "_x", "num_dirty", "A1", "__reserved", "mas7_3"})
    void identifiers(String name) {
        assertTrue(CSpelling.isIdentifier(name));
        assertFalse(CIdentifiers.isKeyword(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1x", "a-b", "a b", "a$b", "caf\u00e9", "\u0394"})
    void notIdentifiers(String name) {
        assertFalse(CSpelling.isIdentifier(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"int", "register", "restrict", "_Alignas", "_Thread_local", "inline",
            "asm", "typeof", "__attribute__", "bool", "nullptr"})
    void keywords(String name) {
        assertTrue(CSpelling.isIdentifier(name));
        assertTrue(CIdentifiers.isKeyword(name));
    }
}
