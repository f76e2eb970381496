package org.abistruct.processor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageTest {
    @Test
    void codesAreDistinctAndPrefixed() {
        Set<String> codes = new HashSet<>();
        for (Message m : Message.values()) {
            assertTrue(m.code().matches("AbiStruct[A-Z][A-Za-z]+"), m.code());
            assertTrue(codes.add(m.code()), "duplicate code " + m.code());
        }
    }

    @Test
    void formatStartsWithTheCodeInBracketsAndEndsWithTheHint() {
        assertEquals("[AbiStructMissingLength] Array component 'data' has no @Length. Add @Length"
                        + " with one length per dimension (2), such as @Length({4, 4}).",
                Message.MISSING_LENGTH.format("data", 2, "{4, 4}"));
    }

    @Test
    void everyTemplateIsWellFormed() {
        for (Message m : Message.values()) {
            Matcher conversion = Pattern.compile("%([sdn%])").matcher(m.template());
            List<Object> args = new ArrayList<>();
            while (conversion.find()) {
                String c = conversion.group(1);
                if (c.equals("d")) {
                    args.add(7);
                } else if (c.equals("s")) {
                    args.add("x");
                }
            }
            String text = m.format(args.toArray());
            assertTrue(text.startsWith("[" + m.code() + "] "), text);
            assertFalse(text.contains("%"), text);
        }
    }
}
