package org.abistruct.importer.verify;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.abistruct.importer.ImportException;

/**
 * Compiles imported sources with javac and the abistruct processor, the way a user's build does;
 * the processor writes the C headers beside the classes.
 */
public final class JavaCompile {
    private JavaCompile() {}

    /** An error javac or the processor reported, with the file it is in. */
    public record Error(String file, long line, String message) {}

    static List<Error> compile(List<Path> sources, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new ImportException("--verify needs a JDK: this Java has no compiler");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String path = classPath();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
                "-cp", path, "-processorpath", path, "-Xmaxerrs", "100000"));
        if (Runtime.version().feature() >= 21) {
            options.add("-proc:full"); // JDK 23 and later process only when told to
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Error> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName().toString();
                errors.add(new Error(file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
            }
        }
        return errors;
    }

    /** The annotations, the processor and what it needs, wherever this program found them. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : List.of("org.abistruct.AbiStruct", "org.abistruct.processor.AbiStructProcessor",
                "com.palantir.javapoet.JavaFile", "com.google.auto.service.AutoService")) {
            try {
                Class<?> c = Class.forName(name, false, JavaCompile.class.getClassLoader());
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (ClassNotFoundException | URISyntaxException | NullPointerException absent) {
                // Shaded into the processor's jar, or not needed.
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
