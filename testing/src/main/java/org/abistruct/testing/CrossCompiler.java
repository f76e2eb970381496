package org.abistruct.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.abistruct.Abi;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference GCC of one {@link Abi}: {@code <triplet>-gcc-12} on {@code PATH}, else
 * {@code <triplet>-gcc}; for x86_64 the native {@code gcc} is the last resort. A missing compiler
 * fails the test when {@code CI=true} and skips it otherwise.
 */
public final class CrossCompiler {
    /** The script that installs every reference compiler and its kernel headers. */
    public static final String INSTALL_SCRIPT = "scripts/install-compilers.sh";

    private final Abi abi;
    private final Path executable;
    private List<String> ownHeaders;

    private CrossCompiler(Abi abi, Path executable) {
        this.abi = abi;
        this.executable = executable;
    }

    /** The executable names tried for {@code abi}, in order. */
    public static List<String> candidates(Abi abi) {
        List<String> names = new ArrayList<>();
        names.add(abi.gccTriplet() + "-gcc-12");
        names.add(abi.gccTriplet() + "-gcc");
        if (abi == Abi.X86_64) {
            names.add("gcc-12");
            names.add("gcc");
        }
        return names;
    }

    /** The compiler of {@code abi} in {@code env}, if one is installed. */
    public static Optional<CrossCompiler> find(Abi abi, ToolEnvironment env) {
        for (String name : candidates(abi)) {
            Optional<Path> path = env.which(name);
            if (path.isPresent()) {
                return Optional.of(new CrossCompiler(abi, path.get()));
            }
        }
        return Optional.empty();
    }

    /** The compiler of {@code abi} on this machine, or a failed (CI) or skipped test. */
    public static CrossCompiler require(Abi abi) {
        return require(abi, ToolEnvironment.system());
    }

    /** The compiler of {@code abi} in {@code env}, or a failed (CI) or skipped test. */
    public static CrossCompiler require(Abi abi, ToolEnvironment env) {
        Optional<CrossCompiler> found = find(abi, env);
        if (found.isPresent()) {
            return found.get();
        }
        String message = missingMessage(abi);
        if (env.ci()) {
            return Assertions.fail(message);
        }
        return Assumptions.abort(message);
    }

    /** Why a test cannot run without the compiler of {@code abi}, and how to install it. */
    public static String missingMessage(Abi abi) {
        return "no C compiler for " + abi + " (tried " + String.join(", ", candidates(abi))
                + "): install package " + abi.gccPackage() + ", or run " + INSTALL_SCRIPT
                + " to install every reference compiler";
    }

    /** The ABI this compiler targets. */
    public Abi abi() {
        return abi;
    }

    /** The compiler's executable. */
    public Path executable() {
        return executable;
    }

    /**
     * Runs the compiler with {@code arguments} on C {@code source} read from standard input
     * ({@code -x c -} is appended).
     */
    public CompileResult run(List<String> arguments, String source) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(abi.gccFlags());
        if (abi == Abi.HPPA64) {
            // A kernel-only compiler, which searches no headers of its own: PA-RISC's uapi
            // headers serve both widths.
            command.add("-idirafter");
            command.add("/usr/" + Abi.HPPA.gccTriplet() + "/include");
        }
        command.addAll(arguments);
        command.addAll(List.of("-x", "c", "-"));
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("abistruct-cc", ".out");
            err = Files.createTempFile("abistruct-cc", ".err");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(source.getBytes(StandardCharsets.UTF_8));
            } catch (IOException closedEarly) {
                // The compiler stopped reading; its exit status and stderr tell why.
            }
            int exit = process.waitFor();
            return new CompileResult(String.join(" ", command), exit,
                    Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        } finally {
            delete(out);
            delete(err);
        }
    }

    /**
     * Flags that limit {@code #include <...>} to this target's own headers. Debian's cross
     * compilers search the host's {@code /usr/include} last, so a header the target lacks (such
     * as {@code linux/kvm.h} on arm) would silently come from the host; with these flags it is
     * missing, as it should be. The native compiler keeps its whole search list.
     */
    public synchronized List<String> ownHeaderFlags() {
        if (ownHeaders == null) {
            List<String> dirs = searchList();
            boolean cross = dirs.stream().anyMatch(d -> d.endsWith("/" + abi.gccTriplet() + "/include"));
            List<String> flags = new ArrayList<>(List.of("-nostdinc"));
            for (String dir : dirs) {
                if (!cross || !(dir.equals("/usr/include") || dir.equals("/usr/local/include"))) {
                    flags.add("-isystem");
                    flags.add(dir);
                }
            }

            ownHeaders = List.copyOf(flags);
        }
        return ownHeaders;
    }

    /** The compiler's {@code #include <...>} search list, as {@code -v} prints it. */
    private List<String> searchList() {
        String stderr = run(List.of("-E", "-v", "-o", "/dev/null"), "").orFail().stderr();
        List<String> dirs = new ArrayList<>();
        boolean inList = false;
        for (String line : stderr.split("\n")) {
            if (line.startsWith("#include <...> search starts here:")) {
                inList = true;
            } else if (line.startsWith("End of search list.")) {
                inList = false;
            } else if (inList && line.startsWith(" ")) {
                dirs.add(Path.of(line.trim()).normalize().toString());
            }
        }
        return dirs;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless.
            }
        }
    }

    @Override
    public String toString() {
        return abi + " " + Objects.toString(executable);
    }
}
