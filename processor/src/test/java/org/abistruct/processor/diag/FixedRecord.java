package org.abistruct.processor.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * A test record written one component per line, and the suggested compat fixes applied to it
 * as a user would, by reading the edits in the error message.
 */
final class FixedRecord {
    private static final Pattern FIX = Pattern.compile("^\\s+- (.*)$", Pattern.MULTILINE);
    private static final Pattern INSERT = Pattern.compile(
            "insert component `([^`]+)` after `(\\w+)`");
    private static final Pattern ALIGN = Pattern.compile(
            "(?:add|set) `(@Align\\(\\d+\\))` to component `(\\w+)`");
    private static final Pattern REORDER = Pattern.compile("reorder the components as `([^`]+)`");
    private static final Pattern POINTER = Pattern.compile(
            "replace `@Pointer` with `@Unsigned` on component `(\\w+)`");
    private static final Pattern CLONG = Pattern.compile("remove `@CLong` from component `(\\w+)`");

    private final String annotation;
    private final List<String> components;

    private FixedRecord(String annotation, List<String> components) {
        this.annotation = annotation;
        this.components = components;
    }

    /** {@code p.<name>}: the annotation lines, then {@code record name(} and one line each. */
    static JavaFileObject source(String name, String annotation, List<String> components) {
        return source(name, new String[] {annotation}, components);
    }

    static JavaFileObject source(String name, String annotation, String more,
                                 List<String> components) {
        return source(name, new String[] {annotation, more}, components);
    }

    private static JavaFileObject source(String name, String[] annotations,
                                         List<String> components) {
        List<String> body = new ArrayList<>(Arrays.asList(annotations));
        body.add("record " + name + "(");
        for (int i = 0; i < components.size(); i++) {
            body.add("    " + components.get(i) + (i == components.size() - 1 ? ") {}" : ","));
        }
        return Sources.of(name, body.toArray(new String[0]));
    }

    JavaFileObject source() {
        return source("R", annotation, components);
    }

    /** The fix lines of a compat error, each without its leading {@code - }. */
    static List<String> fixes(String message) {
        List<String> out = new ArrayList<>();
        Matcher m = FIX.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The record with {@code fix} applied; every edit in it must be understood. */
    static FixedRecord apply(String annotation, List<String> components, String fix) {
        List<String> out = new ArrayList<>(components);
        String rest = fix.replaceAll(" \\([^()]*\\)$", "");
        if (rest.startsWith("set `compat = Compat.GENERATE`")) {
            return new FixedRecord(generate(annotation), out);
        }
        for (String edit : rest.split("; ")) {
            Matcher m;
            if ((m = INSERT.matcher(edit)).matches()) {
                out.add(indexOf(out, m.group(2)) + 1, m.group(1));
            } else if ((m = ALIGN.matcher(edit)).matches()) {
                int i = indexOf(out, m.group(2));
                out.set(i, m.group(1) + " " + out.get(i).replaceAll("@Align\\(\\d+\\) ", ""));
            } else if ((m = REORDER.matcher(edit)).matches()) {
                List<String> reordered = new ArrayList<>();
                for (String name : m.group(1).split(", ")) {
                    reordered.add(out.get(indexOf(out, name)));
                }
                out = reordered;
            } else if ((m = POINTER.matcher(edit)).matches()) {
                int i = indexOf(out, m.group(1));
                out.set(i, out.get(i).replace("@Pointer", "@Unsigned"));
            } else if ((m = CLONG.matcher(edit)).matches()) {
                int i = indexOf(out, m.group(1));
                out.set(i, out.get(i).replace("@CLong ", ""));
            } else {
                throw new AssertionError("edit not understood: " + edit);
            }
        }
        return new FixedRecord(annotation, out);
    }

    private static String generate(String annotation) {
        if (annotation.endsWith(")")) {
            return annotation.substring(0, annotation.length() - 1) + ", compat = Compat.GENERATE)";
        }
        return annotation + "(compat = Compat.GENERATE)";
    }

    private static int indexOf(List<String> components, String name) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).endsWith(" " + name)) {
                return i;
            }
        }
        throw new AssertionError("no component " + name + " in " + components);
    }
}
