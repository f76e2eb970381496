package org.abistruct.processor.generate;

import java.util.ArrayList;
import java.util.List;

/** Generated Javadoc text. */
public final class DocText {
    /** The width of a line of generated Javadoc text, past its {@code " * "}. */
    private static final int WIDTH = 92;

    private DocText() {}

    /**
     * {@code text} in lines of at most {@value #WIDTH} characters where it can be,
     * broken at spaces outside inline tags such as <code>{&#64;code x y}</code>.
     */
    public static String wrapped(String text) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == ' ' && depth == 0) {
                words.add(text.substring(start, i));
                start = i + 1;
            }
        }
        words.add(text.substring(start));
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String word : words) {
            if (out.length() > lineStart
                    && out.length() - lineStart + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineStart = out.length();
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }
}
