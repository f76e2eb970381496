package org.abistruct.importer.read;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a compilation unit's {@code DW_AT_decl_file} numbers name, from the line table
 * (DWARF 5, or 4 where the target's assembler writes that) as {@code readelf
 * --debug-dump=rawline} prints it, each as an include path such as
 * {@code linux/kvm.h} or {@code asm/kvm.h}.
 */
final class FileTable {
    /** A form name readelf prints before a value, and a string's section offset. */
    private static final Pattern NOISE = Pattern.compile("\\((?:\\w+|offset: 0x[0-9a-f]+|indirect line string, offset: 0x[0-9a-f]+)\\):?");
    private static final Pattern DIRECTORY = Pattern.compile("^\\s+(\\d+)\\s+(\\S.*)$");
    private static final Pattern FILE = Pattern.compile("^\\s+(\\d+)\\s+(\\d+)\\s+(\\S.*)$");

    private final Map<Integer, String> files;

    private FileTable(Map<Integer, String> files) {
        this.files = files;
    }

    /** The table in {@code rawline}; a file under one of {@code roots} is named from there. */
    static FileTable parse(String rawline, List<Path> roots) {
        Map<Integer, String> dirs = new HashMap<>();
        Map<Integer, String> files = new HashMap<>();
        int section = 0;
        for (String raw : rawline.split("\n")) {
            String line = NOISE.matcher(raw).replaceAll(" ");
            if (line.contains("The Directory Table")) {
                section = 1;
            } else if (line.contains("The File Name Table")) {
                section = 2;
            } else if (line.isBlank() || line.contains("Line Number Statements")) {
                if (section == 2) {
                    break;
                }
                section = section == 1 ? 0 : section;
            } else if (section == 1) {
                Matcher m = DIRECTORY.matcher(line);
                if (m.find()) {
                    dirs.put(Integer.parseInt(m.group(1)), m.group(2).strip());
                }
            } else if (section == 2) {
                // DWARF 5: entry, directory, name; DWARF 4 adds time and size before the name.
                Matcher m = FILE.matcher(line);
                if (m.find()) {
                    String[] rest = m.group(3).strip().split("\\s+");
                    String dir = dirs.getOrDefault(Integer.parseInt(m.group(2)), "");
                    files.put(Integer.parseInt(m.group(1)), includePath(dir + "/" + rest[rest.length - 1], roots));
                }
            }
        }
        return new FileTable(files);
    }

    /** The include path of file {@code index}, or {@code "?"}. */
    String header(int index) {
        return files.getOrDefault(index, "?");
    }

    /**
     * {@code /usr/include/x86_64-linux-gnu/asm/kvm.h} and {@code /usr/m68k-linux-gnu/include/asm/kvm.h}
     * become {@code asm/kvm.h}; a file outside any include directory keeps its name.
     */
    static String includePath(String path, List<Path> roots) {
        Path file = Path.of(path).normalize();
        for (Path root : roots) {
            Path dir = root.toAbsolutePath().normalize();
            if (file.startsWith(dir)) {
                return dir.relativize(file).toString();
            }
        }
        return includePath(path);
    }

    static String includePath(String path) {
        int at = path.lastIndexOf("/include/");
        if (at < 0) {
            return path.substring(path.lastIndexOf('/') + 1);
        }
        String rest = path.substring(at + "/include/".length());
        int slash = rest.indexOf('/');
        if (slash > 0 && rest.substring(0, slash).contains("-linux-")) {
            rest = rest.substring(slash + 1);
        }
        return rest;
    }
}
