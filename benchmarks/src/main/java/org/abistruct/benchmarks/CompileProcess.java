package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.abistruct.benchmarks.CompileBench.Figures;

/** Launches one {@link CompileRun} in a fresh JVM and reads back its figures. */
final class CompileProcess {
    private CompileProcess() {
    }

    /**
     * One compile with the given JVM options. {@code generated}, for the mode {@code output}, is
     * the directory of sources a processor compile wrote. Empty when the JVM exits with an error
     * or runs past {@code timeoutSeconds}, and is then killed; its output goes to {@code log}.
     */
    static Optional<Figures> run(Path sources, String mode, Path out, Path generated,
            List<String> jvmOptions, long timeoutSeconds, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                CompileRun.class.getName(), sources.toString(), mode, out.toString()));
        if (generated != null) {
            command.add(generated.toString());
        }
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return Optional.empty();
        }
        if (process.exitValue() != 0) {
            return Optional.empty();
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("RESULT ")).findFirst().map(Figures::parse);
    }
}
