package org.abistruct.processor.generate.java;

import com.palantir.javapoet.CodeBlock;

/**
 * A string as one Java literal: a text block when it spans lines, so that the generated source
 * reads as the text does and javac takes one literal instead of a chain of concatenations.
 */
final class TextLiteral {
    private TextLiteral() {}

    /** The literal of {@code text}. */
    static CodeBlock of(String text) {
        if (text.indexOf('\n') < 0) {
            return CodeBlock.of("$S", text);
        }
        StringBuilder block = new StringBuilder("\"\"\"\n");
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            appendLine(block, text.substring(start, end < 0 ? text.length() : end));
            if (end < 0) {
                // No newline ends the text: an escaped line end joins the closing delimiter.
                block.append("\\\n");
                break;
            }
            block.append('\n');
            start = end + 1;
        }
        // The delimiter on a line of its own sets the indentation javac strips.
        return CodeBlock.of("$>$>$L\"\"\"$<$<", block);
    }

    /**
     * One line of the block, escaped: backslashes and quotes always, tabs and other controls
     * as octal escapes, and a trailing space as {@code \s}, which javac would otherwise strip.
     */
    private static void appendLine(StringBuilder block, String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\' -> block.append("\\\\");
                case '"' -> block.append("\\\"");
                case '\t' -> block.append("\\t");
                case '\r' -> block.append("\\r");
                case ' ' -> block.append(i == line.length() - 1 ? "\\s" : " ");
                default -> {
                    if (c < ' ') {
                        block.append(String.format("\\%03o", (int) c));
                    } else {
                        block.append(c);
                    }
                }
            }
        }
    }
}
