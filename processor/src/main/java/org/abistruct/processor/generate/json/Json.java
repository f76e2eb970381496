package org.abistruct.processor.generate.json;

/**
 * A small JSON writer: objects, arrays, strings and integers, with two-space indentation and
 * keys in the order written; a row, an object of a few scalars, on one line. The caller keeps
 * objects and arrays balanced.
 */
final class Json {
    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;
    /** The depth of the row being written, whose items stay on its line; 0 outside rows. */
    private int row;

    /** Opens an object, as a value or under {@code key} (null for none). */
    Json object(String key) {
        return open(key, '{');
    }

    /** Opens an object written on one line, as a value or under {@code key}. */
    Json row(String key) {
        open(key, '{');
        if (row == 0) {
            row = depth;
        }
        return this;
    }

    /** Opens an array under {@code key} (null for none). */
    Json array(String key) {
        return open(key, '[');
    }

    /** Closes the innermost object. */
    Json endObject() {
        return close('}');
    }

    /** Closes the innermost array. */
    Json endArray() {
        return close(']');
    }

    Json value(String key, String value) {
        item(key);
        quote(value);
        return this;
    }

    Json value(String key, long value) {
        item(key);
        out.append(value);
        return this;
    }

    Json value(String key, boolean value) {
        item(key);
        out.append(value);
        return this;
    }

    /** The text, ending in a newline. */
    @Override
    public String toString() {
        return out + "\n";
    }

    private Json open(String key, char bracket) {
        item(key);
        out.append(bracket);
        depth++;
        first = true;
        return this;
    }

    private Json close(char bracket) {
        if (row > 0 && depth >= row) {
            out.append(first ? "" : " ");
            if (depth == row) {
                row = 0;
            }
        } else if (!first) {
            out.append('\n').append("  ".repeat(depth - 1));
        }
        depth--;
        out.append(bracket);
        first = false;
        return this;
    }

    private void item(String key) {
        if (row > 0) {
            out.append(first ? " " : ", ");
        } else if (depth > 0) {
            if (!first) {
                out.append(',');
            }
            newline();
        }
        first = false;
        if (key != null) {
            quote(key);
            out.append(": ");
        }
    }

    private void newline() {
        out.append('\n').append("  ".repeat(depth));
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\t': out.append("\\t"); break;
                case '\r': out.append("\\r"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
