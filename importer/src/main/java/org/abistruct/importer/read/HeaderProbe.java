package org.abistruct.importer.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.abistruct.importer.model.Macro;
import org.abistruct.importer.model.Unit;

/**
 * Compiles a probe that includes the headers with one ABI's GCC, keeping every type in the debug
 * information ({@code -g -fno-eliminate-unused-debug-types}), and reads back what GCC
 * understood: the DWARF through {@code readelf}, the macros through {@code gcc -E -dD}.
 */
public final class HeaderProbe {
    private HeaderProbe() {}

    /** The C source that includes {@code headers} in order. */
    public static String source(List<String> headers) {
        StringBuilder out = new StringBuilder();
        for (String header : headers) {
            out.append("#include <").append(header).append(">\n");
        }
        return out.toString();
    }

    /** What {@code toolchain} compiled of {@code headers}, or why they do not compile there. */
    public static Outcome read(Toolchain toolchain, List<String> headers) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("abistruct-import");
            Path probe = dir.resolve("probe.c");
            Path object = dir.resolve("probe.o");
            Files.writeString(probe, source(headers));
            Toolchain.Result compiled = toolchain.gcc(probe, List.of("-std=gnu11", "-g",
                    "-gdwarf-5", "-fno-eliminate-unused-debug-types", "-c", "-o", object.toString()));
            if (compiled.exit() != 0) {
                return new Outcome(null, compiled.firstError());
            }
            String info = toolchain.binutils("readelf", "--wide", "--debug-dump=info",
                    object.toString()).orFail().out();
            String lines = toolchain.binutils("readelf", "--wide", "--debug-dump=rawline",
                    object.toString()).orFail().out();
            String defines = toolchain.gcc(probe, List.of("-std=gnu11", "-E", "-dD")).orFail().out();
            Set<String> wanted = Set.copyOf(headers);
            List<Macro> macros = MacroReader.read(defines, wanted, toolchain.includes());
            Unit unit = UnitReader.read(toolchain.abi(), DwarfText.parse(info),
                    FileTable.parse(lines, toolchain.includes()), wanted, macros);
            return new Outcome(AlignmentProbe.read(toolchain, headers, unit), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFiles.delete(dir);
        }
    }

    /** A unit, or the compiler's first error where the headers do not compile. */
    public record Outcome(Unit unit, String error) {}
}
