package org.abistruct.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.abistruct.Abi;
import org.abistruct.testing.CrossCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples' io_uring records are this importer's output, byte for byte: their live test
 * runs the import end to end against the kernel.
 */
class ImportedExamplesTest {
    static final String PACKAGE = "org.abistruct.examples.uring";
    static final Path COMMITTED = Path.of("..", "examples", "src", "main", "java");

    @TempDir
    Path out;

    @Test
    void theExamplesIoUringPackageIsAFreshImport() throws IOException {
        for (Abi abi : Abi.values()) {
            CrossCompiler.require(abi);
        }
        KernelHeaderImportTest.Run run = KernelHeaderImportTest.Run.of("--package", PACKAGE,
                "--out", out.toString(), "linux/io_uring.h");
        assertEquals(0, run.exit(), run.err());
        Map<String, String> fresh = files(out);
        Map<String, String> committed = files(COMMITTED);
        List<String> differ = new ArrayList<>();
        for (String name : fresh.keySet()) {
            if (!fresh.get(name).equals(committed.get(name))) {
                differ.add(name);
            }
        }
        committed.keySet().stream().filter(n -> !fresh.containsKey(n)).forEach(differ::add);
        assertEquals(List.of(), differ, "regenerate with: bash scripts/import.sh --package "
                + PACKAGE + " --out examples/src/main/java linux/io_uring.h");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> listed = Files.list(root.resolve(PACKAGE.replace('.', '/')))) {
            for (Path p : listed.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }
}
