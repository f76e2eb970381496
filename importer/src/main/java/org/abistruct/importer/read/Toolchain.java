package org.abistruct.importer.read;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.abistruct.Abi;
import org.abistruct.importer.ImportException;

/**
 * The GCC of one ABI and its binutils: {@code <triplet>-gcc-12} (else {@code <triplet>-gcc}, and
 * for x86_64 the native {@code gcc}), {@code <triplet>-readelf}... Includes search only the
 * target's own headers, so a header an architecture lacks is missing rather than the host's.
 */
public final class Toolchain {
    private final Abi abi;
    private final Path gcc;
    private final List<String> extraIncludes;
    private final List<Path> includes;
    private List<String> includeFlags;

    private Toolchain(Abi abi, Path gcc, List<Path> includes) {
        this.abi = abi;
        this.gcc = gcc;
        this.includes = List.copyOf(includes);
        List<String> extra = new ArrayList<>();
        for (Path dir : includes) {
            extra.addAll(List.of("-idirafter", dir.toAbsolutePath().toString()));
        }
        this.extraIncludes = List.copyOf(extra);
    }

    /** The folders searched after the target's own headers. */
    public List<Path> includes() {
        return includes;
    }

    /**
     * The toolchain of {@code abi} on this machine's {@code PATH}, if its GCC is installed,
     * searching {@code includes} for headers after the target's own (for the C library's
     * headers a uapi header needs, which cross toolchains lack).
     */
    public static Optional<Toolchain> find(Abi abi, List<Path> includes) {
        List<String> names = new ArrayList<>(List.of(abi.gccTriplet() + "-gcc-12",
                abi.gccTriplet() + "-gcc"));
        if (abi == Abi.X86_64) {
            names.addAll(List.of("gcc-12", "gcc"));
        }
        for (String name : names) {
            Optional<Path> path = which(name);
            if (path.isPresent()) {
                return Optional.of(new Toolchain(abi, path.get(), includes));
            }
        }
        return Optional.empty();
    }

    public Abi abi() {
        return abi;
    }

    /**
     * Runs GCC on {@code source} (a C file) with {@code arguments} after the ABI's flags,
     * freestanding: uapi headers need no C library, and cross toolchains have none.
     */
    public Result gcc(Path source, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(gcc.toString());
        command.addAll(abi.gccFlags());
        command.add("-ffreestanding");
        command.addAll(includeFlags());
        command.addAll(arguments);
        command.add(source.toString());
        return run(command);
    }

    /** Runs the target's binutils program {@code name} (the host's where it has none). */
    public Result binutils(String name, String... arguments) {
        Path tool = which(abi.gccTriplet() + "-" + name).or(() -> which(name))
                .orElseThrow(() -> new ImportException("no " + name + " for " + abi
                        + ": install binutils-" + abi.gccTriplet().replace('_', '-')));
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(arguments));
        return run(command);
    }

    /**
     * {@code -nostdinc} and the compiler's own search list without the host's
     * {@code /usr/include}, which Debian's cross compilers search last.
     */
    private synchronized List<String> includeFlags() {
        if (includeFlags == null) {
            List<String> command = new ArrayList<>(List.of(gcc.toString()));
            command.addAll(abi.gccFlags());
            command.addAll(List.of("-E", "-v", "-x", "c", "/dev/null", "-o", "/dev/null"));
            List<String> dirs = new ArrayList<>();
            boolean inList = false;
            for (String line : run(command).orFail().err().split("\n")) {
                if (line.startsWith("#include <...> search starts here:")) {
                    inList = true;
                } else if (line.startsWith("End of search list.")) {
                    inList = false;
                } else if (inList && line.startsWith(" ")) {
                    dirs.add(Path.of(line.trim()).normalize().toString());
                }
            }
            boolean cross = dirs.stream().anyMatch(d -> d.endsWith("/" + abi.gccTriplet() + "/include"));
            List<String> flags = new ArrayList<>();
            if (cross) {
                flags.add("-nostdinc");
                for (String dir : dirs) {
                    if (!dir.equals("/usr/include") && !dir.equals("/usr/local/include")) {
                        flags.addAll(List.of("-isystem", dir));
                    }
                }
            }
            if (abi == Abi.HPPA64) {
                // A kernel-only compiler: PA-RISC's uapi headers serve both widths.
                flags.addAll(List.of("-idirafter", "/usr/" + Abi.HPPA.gccTriplet() + "/include"));
            }
            flags.addAll(extraIncludes);
            includeFlags = List.copyOf(flags);
        }
        return includeFlags;
    }

    private static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("abistruct-import", ".out");
            Path err = Files.createTempFile("abistruct-import", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                                new File("/dev/null"))).start();
                int exit = process.waitFor();
                return new Result(String.join(" ", command), exit,
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted while running " + command.get(0));
        }
    }

    private static Optional<Path> which(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return abi + " " + gcc;
    }

    /** A finished command: its exit status and output. */
    public record Result(String command, int exit, String out, String err) {
        /** This result, or an {@link ImportException} with the command's errors. */
        public Result orFail() {
            if (exit != 0) {
                throw new ImportException(command + " failed (exit " + exit + "):\n" + err.strip());
            }
            return this;
        }

        /** The first {@code error:} line of GCC's output, or its first line. */
        public String firstError() {
            for (String line : err.split("\n")) {
                int at = line.indexOf("error:");
                if (at >= 0) {
                    return line.substring(at).strip();
                }
            }
            return err.strip().lines().findFirst().orElse("exit " + exit);
        }
    }
}
