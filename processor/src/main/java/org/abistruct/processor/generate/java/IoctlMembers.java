package org.abistruct.processor.generate.java;

import java.util.Locale;
import org.abistruct.processor.layout.IoctlNumber;

/** How generated Java spells an ioctl number. */
final class IoctlMembers {
    private IoctlMembers() {}

    /** The number as a Java int literal: its 32 bits in hexadecimal, such as {@code 0x4010aeaa}. */
    static String literal(IoctlNumber number) {
        return String.format(Locale.ROOT, "0x%08x", number.value());
    }
}
