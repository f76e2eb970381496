package org.abistruct.importer.write;

/** Breaks a long line of code after a comma, as a person wraps a list at 100 columns. */
final class Lines {
    static final int WIDTH = 100;

    private Lines() {}

    /** {@code line} (starting with {@code indent}) broken after commas, continued 8 further in. */
    static String wrap(String line, String indent) {
        StringBuilder out = new StringBuilder();
        String rest = line;
        String continuation = indent + "        ";
        while (rest.length() > WIDTH) {
            int at = rest.lastIndexOf(", ", WIDTH - 1);
            if (at <= continuation.length()) {
                break;
            }
            out.append(rest, 0, at + 1).append('\n');
            rest = continuation + rest.substring(at + 2);
        }
        return out.append(rest).toString();
    }
}
