package org.abistruct.importer.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of {@code readelf --wide --debug-dump=info}: the entries of one compilation
 * unit as a tree, and every entry by offset. readelf applies each target's relocations and
 * knows every DWARF form, so the importer reads its text rather than the sections' bytes.
 */
final class DwarfText {
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*<(\\d+)><([0-9a-f]+)>: Abbrev Number: (\\d+)(?: \\((DW_TAG_\\w+)\\))?");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "^\\s*<[0-9a-f]+>\\s+(DW_AT_\\w+)\\s*: \\(([^)]*)\\) ?(.*)$");

    final Die unit;
    final Map<Long, Die> byOffset = new HashMap<>();

    private DwarfText(Die unit) {
        this.unit = unit;
    }

    static DwarfText parse(String text) {
        Die root = new Die(-1, "root");
        Deque<Die> stack = new ArrayDeque<>();
        stack.push(root);
        Die current = null;
        DwarfText out = new DwarfText(root);
        for (String line : text.split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.find()) {
                int depth = Integer.parseInt(entry.group(1));
                while (stack.size() > depth + 1) {
                    stack.pop();
                }
                if (entry.group(4) == null) {
                    current = null; // the end of a list of children
                    continue;
                }
                current = new Die(Long.parseLong(entry.group(2), 16), entry.group(4));
                stack.peek().children.add(current);
                out.byOffset.put(current.offset, current);
                stack.push(current);
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (current != null && attribute.find()) {
                current.attributes.put(attribute.group(1), attribute.group(3).strip());
            }
        }
        return out;
    }

    /** The entries at the top of the (first) compilation unit. */
    List<Die> top() {
        if (unit.children.isEmpty()) {
            return List.of();
        }
        return unit.children.get(0).children;
    }
}
