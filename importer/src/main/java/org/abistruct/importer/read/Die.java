package org.abistruct.importer.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One debugging information entry as {@code readelf --debug-dump=info} prints it: its offset,
 * tag, attribute values (the text after the form) and children.
 */
final class Die {
    private static final Pattern REF = Pattern.compile("<0x([0-9a-f]+)>");
    private static final Pattern PLUS_UCONST = Pattern.compile("DW_OP_plus_uconst: (\\d+)");

    final long offset;
    final String tag;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Die> children = new ArrayList<>();

    Die(long offset, String tag) {
        this.offset = offset;
        this.tag = tag;
    }

    boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    /** A string attribute, without the string section's offset readelf prints first. */
    String string(String attribute) {
        String value = attributes.get(attribute);
        if (value == null) {
            return null;
        }
        if (value.startsWith("(offset: ") || value.startsWith("(indexed string: ")
                || value.startsWith("(indirect string")) {
            int colon = value.indexOf("): ");
            return colon < 0 ? value : value.substring(colon + 3);
        }
        return value;
    }

    /** A numeric attribute (decimal, hex, or a location {@code DW_OP_plus_uconst}). */
    long number(String attribute, long absent) {
        String value = attributes.get(attribute);
        if (value == null) {
            return absent;
        }
        Matcher uconst = PLUS_UCONST.matcher(value);
        if (uconst.find()) {
            return Long.parseLong(uconst.group(1));
        }
        String first = value.strip().split("\\s+")[0];
        if (first.startsWith("0x")) {
            return Long.parseUnsignedLong(first.substring(2), 16);
        }
        return Long.parseLong(first);
    }

    /** The offset of the entry a reference attribute names, or -1. */
    long ref(String attribute) {
        String value = attributes.get(attribute);
        if (value == null) {
            return -1;
        }
        Matcher m = REF.matcher(value);
        return m.find() ? Long.parseLong(m.group(1), 16) : -1;
    }

    @Override
    public String toString() {
        return tag + "@" + Long.toHexString(offset) + " " + attributes;
    }
}
