package org.abistruct.importer.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abistruct.importer.model.Macro;

/**
 * Reads the object-like {@code #define}s of the requested headers from {@code gcc -E -dD}, whose
 * line markers say which file each definition is in.
 */
final class MacroReader {
    private static final Pattern MARKER = Pattern.compile("^# \\d+ \"([^\"]+)\"");
    private static final Pattern DEFINE = Pattern.compile("^#define ([A-Za-z_]\\w*)(\\(?)\\s*(.*)$");

    private MacroReader() {}

    static List<Macro> read(String preprocessed, Set<String> headers, List<Path> roots) {
        List<Macro> out = new ArrayList<>();
        String file = "";
        for (String line : preprocessed.split("\n")) {
            Matcher marker = MARKER.matcher(line);
            if (marker.find()) {
                file = FileTable.includePath(marker.group(1), roots);
                continue;
            }
            Matcher define = DEFINE.matcher(line);
            if (define.find() && define.group(2).isEmpty() && headers.contains(file)
                    && !define.group(3).isBlank()) {
                out.add(new Macro(define.group(1), define.group(3).strip(), file));
            }
        }
        return out;
    }
}
