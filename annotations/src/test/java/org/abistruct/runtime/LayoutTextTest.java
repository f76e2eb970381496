package org.abistruct.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The pahole text from lines and numbers, written out by hand. */
class LayoutTextTest {
    private static final String[] LINES = {"uint8_t kind;", "union {", "    uint16_t a;",
            "    uint32_t b:3;", "};", "uint64_t big;"};

    @Test
    void holesBitfieldsAndAnonymousMembers() {
        // A hole before the union, one inside it at its end, and 4 bytes of tail padding; the
        // numbers start one column past the longest line, b's.
        String text = LayoutText.of("struct s", 3, LINES, 24, 8, 4,
                "0 1, hole 3, 4 2, 4:0 4, hole 1, 4 4, 8 8");
        assertEquals("struct s {\n"
                + "    uint8_t kind;     /*     0     1 */\n"
                + "\n"
                + "    /* XXX 3 bytes hole */\n"
                + "\n"
                + "    union {\n"
                + "        uint16_t a;   /*     4     2 */\n"
                + "        uint32_t b:3; /*     4:0   4 */\n"
                + "\n"
                + "        /* XXX 1 byte hole */\n"
                + "\n"
                + "    };                /*     4     4 */\n"
                + "    uint64_t big;     /*     8     8 */\n"
                + "\n"
                + "    /* size: 24, align: 8, members: 3, holes: 2, sum holes: 4 */\n"
                + "    /* padding: 4 */\n"
                + "};\n", text);
    }

    @Test
    void numbersThatDoNotMatchTheLinesAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LayoutText.of("struct s", 3, LINES, 24, 8, 0, "0 1, 4 2"));
        assertThrows(IllegalArgumentException.class,
                () -> LayoutText.of("struct s", 3, LINES, 24, 8, 0,
                        "0 1, 4 2, 4:0 4, 4 4, 8 8, 16 8"));
        assertThrows(IllegalArgumentException.class,
                () -> LayoutText.of("struct s", 3, LINES, 24, 8, 0, "0 1, 4, 4:0 4, 4 4, 8 8"));
    }
}
