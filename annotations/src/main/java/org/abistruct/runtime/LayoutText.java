package org.abistruct.runtime;

/**
 * The pahole-style text of a struct's layout, as {@code AbiLayout.describe()} gives it, made
 * from the member lines every ABI of the struct shares and one ABI's numbers.
 *
 * <p>{@code lines} are the members' C declarations in order, such as {@code "uint8_t a;"}; an
 * anonymous member is a line ending in <code>{</code>, its members indented four spaces more, and
 * a line <code>};</code>. {@code numbers} gives, for each line but those ending in <code>{</code>,
 * its offset and size ({@code "8 4"}), or for a bitfield its offset, first bit and size
 * ({@code "8:3 1"}); before a line, {@code "hole n"} is a hole of n bytes. Entries are separated
 * by {@code ", "}.
 */
public final class LayoutText {
    private static final String INDENT = "    ";

    private LayoutText() {}

    /**
     * The text of {@code tag} (such as {@code struct pair}) with {@code members} top-level
     * members, of {@code size} bytes aligned to {@code alignment} with {@code tail} bytes of
     * tail padding; lines ended by {@code \n}.
     *
     * @throws IllegalArgumentException if {@code numbers} does not match {@code lines}
     */
    public static String of(String tag, int members, String[] lines, int size, int alignment,
                            int tail, String numbers) {
        String[] entries = numbers.isEmpty() ? new String[0] : numbers.split(", ");
        int width = 0;
        for (String line : lines) {
            width = sized(line) ? Math.max(width, line.length() + INDENT.length()) : width;
        }
        StringBuilder out = new StringBuilder(tag).append(" {\n");
        int next = 0;
        int holes = 0;
        int holeBytes = 0;
        for (String line : lines) {
            while (next < entries.length && entries[next].startsWith("hole ")) {
                int bytes = Integer.parseInt(entries[next++].substring(5));
                holes++;
                holeBytes += bytes;
                String indent = INDENT + indent(line) + (line.trim().equals("};") ? INDENT : "");
                out.append('\n').append(indent).append("/* XXX ").append(bytes)
                        .append(bytes == 1 ? " byte hole */\n\n" : " bytes hole */\n\n");
            }
            out.append(INDENT).append(line);
            if (sized(line)) {
                if (next == entries.length) {
                    throw new IllegalArgumentException("no numbers for " + line);
                }
                numbers(out, width + 1 - INDENT.length() - line.length(), entries[next++]);
            }
            out.append('\n');
        }
        if (next != entries.length) {
            throw new IllegalArgumentException("numbers left over: " + entries[next]);
        }
        out.append('\n').append(INDENT).append("/* size: ").append(size).append(", align: ")
                .append(alignment).append(", members: ").append(members).append(", holes: ")
                .append(holes).append(", sum holes: ").append(holeBytes).append(" */\n");
        if (tail > 0) {
            out.append(INDENT).append("/* padding: ").append(tail).append(" */\n");
        }
        return out.append("};\n").toString();
    }

    /** Appends {@code gap} spaces and {@code /* offset size *}{@code /} from {@code entry}. */
    private static void numbers(StringBuilder out, int gap, String entry) {
        out.append(" ".repeat(gap)).append("/* ");
        int space = entry.indexOf(' ');
        int colon = entry.indexOf(':');
        if (space < 0) {
            throw new IllegalArgumentException("bad numbers " + entry);
        }
        if (colon >= 0 && colon < space) {
            pad(out, entry.substring(0, colon), 5);
            out.append(entry, colon, space).append(' ');
            pad(out, entry.substring(space + 1), 3);
        } else {
            pad(out, entry.substring(0, space), 5);
            out.append(' ');
            pad(out, entry.substring(space + 1), 5);
        }
        out.append(" */");
    }

    private static void pad(StringBuilder out, String number, int width) {
        out.append(" ".repeat(Math.max(0, width - number.length()))).append(number);
    }

    /** Whether {@code line} has numbers: all but the opening line of an anonymous member. */
    private static boolean sized(String line) {
        return !line.endsWith("{");
    }

    private static String indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return line.substring(0, i);
    }
}
