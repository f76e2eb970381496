package org.abistruct.importer.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.abistruct.importer.ImportException;
import org.abistruct.importer.read.TempFiles;

/**
 * Writes the sources of a package under an output folder all at once: every file is first
 * written to a staging folder beside them, then moved into place, so a failure leaves no
 * half-written file.
 */
public final class OutputTree {
    private OutputTree() {}

    /** Checks {@code out} can take sources, before anything is compiled or written. */
    public static void check(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ImportException("output folder " + out + " is a file");
        }
    }

    /** Writes {@code files} into the folder of {@code packageName} under {@code out}. */
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
            List<Path> written = new ArrayList<>();
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir, e);
        } finally {
            TempFiles.delete(staging);
        }
    }
}
