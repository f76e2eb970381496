package org.abistruct.importer.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.importer.read.TempFiles;

/**
 * Rendered sources compiled with javac and the processor before anything is written, so that
 * an import never hands its user code the processor refuses: the first error of each file that
 * has one, by file name, and the classes and C headers it compiled to, until closed.
 */
public final class CompileCheck implements AutoCloseable {
    private final Path work;
    private final Map<String, String> errors;

    private CompileCheck(Path work, Map<String, String> errors) {
        this.work = work;
        this.errors = errors;
    }

    public static CompileCheck of(String packageName, Map<String, String> files) {
        Path work = null;
        try {
            work = Files.createTempDirectory("abistruct-check");
            Path dir = Files.createDirectories(work.resolve("src").resolve(packageName.replace('.', '/')));
            List<Path> sources = new ArrayList<>();
            for (Map.Entry<String, String> e : files.entrySet()) {
                sources.add(Files.writeString(dir.resolve(e.getKey()), e.getValue()));
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (JavaCompile.Error e : JavaCompile.compile(sources,
                    Files.createDirectories(work.resolve("classes")))) {
                errors.putIfAbsent(e.file(), e.message().lines().findFirst().orElse(""));
            }
            return new CompileCheck(work, errors);
        } catch (IOException | RuntimeException e) {
            TempFiles.delete(work);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The first error of each file that has one. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The class output: the classes, and the processor's C headers under {@code abistruct/}. */
    public Path classes() {
        return work.resolve("classes");
    }

    @Override
    public void close() {
        TempFiles.delete(work);
    }
}
