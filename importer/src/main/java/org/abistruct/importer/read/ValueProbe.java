package org.abistruct.importer.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abistruct.importer.ImportException;

/**
 * Evaluates integer constant expressions as the target's GCC does: each becomes an initialized
 * variable in a section of its own, and the bytes GCC laid down are read back through
 * {@code objcopy} and {@code nm}. An expression GCC refuses (a string, a type) is left out.
 */
public final class ValueProbe {
    private static final String SECTION = ".abistruct_values";
    private static final Pattern ERROR_LINE = Pattern.compile("values\\.c:(\\d+):\\d+: error");

    private ValueProbe() {}

    /** The value and sign of each expression GCC accepts, by its key. */
    public static Map<String, Value> evaluate(Toolchain toolchain, List<String> headers,
                                              Map<String, String> expressions) {
        Map<String, String> pending = new LinkedHashMap<>(expressions);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("abistruct-values");
            for (int attempt = 0; attempt < 4 && !pending.isEmpty(); attempt++) {
                List<String> keys = new ArrayList<>(pending.keySet());
                StringBuilder source = new StringBuilder(HeaderProbe.source(headers));
                source.append("#include <linux/ioctl.h>\n");
                int first = (int) source.chars().filter(c -> c == '\n').count() + 1;
                for (int i = 0; i < keys.size(); i++) {
                    String e = pending.get(keys.get(i));
                    source.append("__attribute__((section(\"" + SECTION + "\"), used)) const unsigned long long abistruct_v")
                            .append(i).append("[2] = { (unsigned long long)(").append(e)
                            .append("), (").append(e).append(") < 0 };\n");
                }
                Path c = dir.resolve("values.c");
                Path object = dir.resolve("values.o");
                Files.writeString(c, source);
                Toolchain.Result result = toolchain.gcc(c, List.of("-std=gnu11", "-w",
                        "-fno-zero-initialized-in-bss", "-c", "-o", object.toString()));
                if (result.exit() != 0) {
                    Set<String> bad = new HashSet<>();
                    Matcher m = ERROR_LINE.matcher(result.err());
                    while (m.find()) {
                        int index = Integer.parseInt(m.group(1)) - first;
                        if (index >= 0 && index < keys.size()) {
                            bad.add(keys.get(index));
                        }
                    }
                    if (bad.isEmpty()) {
                        throw new ImportException("cannot evaluate constants: "
                                + result.firstError());
                    }
                    pending.keySet().removeAll(bad);
                    continue;
                }
                return read(toolchain, object, dir, keys);
            }
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFiles.delete(dir);
        }
    }

    private static Map<String, Value> read(Toolchain toolchain, Path object, Path dir,
                                           List<String> keys) throws IOException {
        Path bin = dir.resolve("values.bin");
        toolchain.binutils("objcopy", "-O", "binary", "--only-section=" + SECTION,
                object.toString(), bin.toString()).orFail();
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(bin))
                .order(toolchain.abi().byteOrder());
        Map<String, Value> out = new LinkedHashMap<>();
        for (String line : toolchain.binutils("nm", "--defined-only", object.toString())
                .orFail().out().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3 && parts[2].startsWith("abistruct_v")) {
                int index = Integer.parseInt(parts[2].substring("abistruct_v".length()));
                int at = Integer.parseInt(parts[0], 16);
                out.put(keys.get(index), new Value(bytes.getLong(at), bytes.getLong(at + 8) != 0));
            }
        }
        return out;
    }

    /** A 64-bit value, and whether the expression was negative. */
    public record Value(long bits, boolean negative) {}
}
