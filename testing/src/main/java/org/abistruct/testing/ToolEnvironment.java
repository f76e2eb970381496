package org.abistruct.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment variables a compiler lookup depends on ({@code PATH} and {@code CI}), held as
 * a value so tests can simulate a machine without touching the real environment.
 */
public record ToolEnvironment(Map<String, String> variables) {
    public ToolEnvironment {
        variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
    }

    /** The environment of this process. */
    public static ToolEnvironment system() {
        return new ToolEnvironment(System.getenv());
    }

    /** Whether this is a continuous-integration run ({@code CI=true}), where nothing may be skipped. */
    public boolean ci() {
        return "true".equalsIgnoreCase(variables.getOrDefault("CI", "").trim());
    }

    /** The first executable named {@code command} on {@code PATH}. */
    public Optional<Path> which(String command) {
        String path = variables.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
