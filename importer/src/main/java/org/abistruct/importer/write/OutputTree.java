package org.abistruct.importer.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.abistruct.importer.ImportException;
import org.abistruct.importer.read.TempFiles;

/**
 * Writes the sources of a package under an output folder all at once: every file is first
 * written to a staging folder beside them, then moved into place, so a failure leaves no
 * half-written file. Files an earlier import wrote there, which this one does not, are removed.
 */
public final class OutputTree {
    private OutputTree() {}

    /** Checks {@code out} can take sources, before anything is compiled or written. */
    public static void check(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ImportException("output folder " + out + " is a file");
        }
    }

    /**
     * Writes {@code files} into the folder of {@code packageName} under {@code out}; returns the
     * files of an earlier import it removed.
     */
    public static List<Path> write(Path out, String packageName, Map<String, String> files) {
        check(out);
        Path dir = out.resolve(packageName.replace('.', '/'));
        Path staging = null;
        try {
            Files.createDirectories(dir);
            staging = Files.createTempDirectory(dir, ".import");
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(staging.resolve(e.getKey()), e.getValue());
            }
            for (String name : files.keySet()) {
                Files.move(staging.resolve(name), dir.resolve(name),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return removeStale(dir, files.keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir, e);
        } finally {
            TempFiles.delete(staging);
        }
    }

    private static List<Path> removeStale(Path dir, Set<String> current) throws IOException {
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> listed = Files.list(dir)) {
            for (Path p : listed.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".java") && !current.contains(name) && Files.isRegularFile(p)
                        && Files.readString(p).startsWith(SourceFiles.MARKER)) {
                    Files.delete(p);
                    removed.add(p);
                }
            }
        }
        return removed;
    }
}
