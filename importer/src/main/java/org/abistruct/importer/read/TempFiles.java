package org.abistruct.importer.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the importer's scratch directories. */
public final class TempFiles {
    private TempFiles() {}

    /** Deletes {@code dir} and everything under it; null and missing are fine. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover scratch file is harmless.
        }
    }
}
