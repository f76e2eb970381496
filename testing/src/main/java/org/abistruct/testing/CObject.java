package org.abistruct.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.abistruct.Abi;

/**
 * Reads back the bytes GCC lays down for initialized variables: the source is compiled to an
 * object file once per ABI, the section {@link #SECTION} is dumped with the target's own
 * {@code objcopy}, and each variable's offset in it comes from the target's {@code nm}. A
 * variable's bytes run to the next variable's start, so they end in the zeroes that align it.
 * Nothing is linked or run, so every target works here.
 */
public final class CObject {
    /** The section every variable to read must be placed in. */
    public static final String SECTION = ".abistruct_values";
    /** The attribute that places a variable there. */
    public static final String IN_SECTION = "__attribute__((section(\"" + SECTION + "\")))";

    private CObject() {}

    /** The bytes of every variable of {@code source} in {@link #SECTION}, by ABI and name. */
    public static Map<Abi, Map<String, byte[]>> variables(String source, Collection<Abi> abis) {
        return variables(source, abis, false);
    }

    /**
     * As {@link #variables(String, Collection)}; with {@code kernelHeaders}, {@code #include}
     * finds each target's own kernel headers only (see {@link CrossCompiler#ownHeaderFlags()}).
     */
    public static Map<Abi, Map<String, byte[]>> variables(String source, Collection<Abi> abis,
                                                          boolean kernelHeaders) {
        ToolEnvironment env = ToolEnvironment.system();
        List<CrossCompiler> compilers = new ArrayList<>();
        for (Abi abi : abis) {
            compilers.add(CrossCompiler.require(abi, env));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1,
                Math.min(compilers.size(), Runtime.getRuntime().availableProcessors())));
        try {
            Map<Abi, Future<Map<String, byte[]>>> pending = new EnumMap<>(Abi.class);
            for (CrossCompiler compiler : compilers) {
                pending.put(compiler.abi(), pool.submit(() -> variables(compiler, source, env,
                        kernelHeaders ? compiler.ownHeaderFlags() : List.of())));
            }
            Map<Abi, Map<String, byte[]>> out = new EnumMap<>(Abi.class);
            for (Map.Entry<Abi, Future<Map<String, byte[]>>> e : pending.entrySet()) {
                out.put(e.getKey(), e.getValue().get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError error) {
                throw error;
            }
            throw new IllegalStateException("object compile failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The bytes of every variable of {@code source} in {@link #SECTION} under {@code compiler},
     * compiled with {@code flags} too.
     */
    public static Map<String, byte[]> variables(CrossCompiler compiler, String source,
                                                ToolEnvironment env, List<String> flags) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("abistruct-obj");
            Path object = dir.resolve("values.o");
            Path section = dir.resolve("values.bin");
            List<String> arguments = new ArrayList<>(List.of("-std=c11", "-ffreestanding",
                    "-fno-zero-initialized-in-bss", "-c", "-o", object.toString()));
            arguments.addAll(flags);
            compiler.run(arguments, source).orFail();
            run(tool(compiler, "objcopy", env), "-O", "binary", "--only-section=" + SECTION,
                    object.toString(), section.toString());
            byte[] bytes = Files.readAllBytes(section);
            String symbols = run(tool(compiler, "nm", env), "-S", "--defined-only",
                    object.toString());
            // Each variable runs to the next one, or to the section's end: where nm sizes one
            // with an initialized flexible array member by sizeof alone (as on mips), its
            // elements follow it all the same.
            TreeMap<Integer, String> starts = new TreeMap<>();
            for (String line : symbols.split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 4 && (parts[2].equals("D") || parts[2].equals("d"))) {
                    starts.put(Integer.parseInt(parts[0], 16), parts[3]);
                }
            }
            Map<String, byte[]> out = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> start : starts.entrySet()) {
                Integer next = starts.higherKey(start.getKey());
                out.put(start.getValue(), Arrays.copyOfRange(bytes, start.getKey(),
                        next == null ? bytes.length : next));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** The target's binutils program {@code name}: {@code <triplet>-name}, or the host's. */
    private static Path tool(CrossCompiler compiler, String name, ToolEnvironment env) {
        return env.which(compiler.abi().gccTriplet() + "-" + name)
                .or(() -> compiler.abi() == Abi.X86_64 ? env.which(name)
                        : Optional.empty())
                .orElseThrow(() -> new AssertionError("no " + name + " for " + compiler.abi()
                        + ": install binutils-" + compiler.abi().gccTriplet().replace('_', '-')));
    }

    private static String run(Path tool, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + tool, e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
