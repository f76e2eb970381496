package org.abistruct.processor.generate.cheader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.OutputPaths;
import org.abistruct.processor.plan.Planner;
import org.abistruct.testing.CompileResult;
import org.abistruct.testing.CrossCompiler;

/**
 * Generated headers in a directory, and C sources including them compiled by the reference
 * GCC of several ABIs in parallel.
 */
public final class CHeaders {
    /** Strict flags: the headers must compile without a single warning. */
    public static final List<String> STRICT = List.of("-std=c11", "-ffreestanding", "-fsyntax-only",
            "-Wall", "-Wextra", "-Wundef", "-pedantic", "-Werror");

    private final Path root;
    private final Function<StructRef, StructDecl> lookup;
    private final LayoutEngine engine;

    /** Headers rooted at {@code root} (which gets an {@code abistruct/} directory). */
    CHeaders(Path root, Function<StructRef, StructDecl> lookup) {
        this.root = root;
        this.lookup = lookup;
        this.engine = new LayoutEngine(lookup);
    }

    /** The header text of {@code decl} with its layouts on every ABI it selects. */
    String header(StructDecl decl, List<IoctlDecl> ioctls) {
        return CHeaderWriter.header(new Planner(engine).plan(decl, CompatPolicy.BUILT_IN, ioctls));
    }

    /** Writes the header of {@code decl}, returning its include line. */
    String write(StructDecl decl, List<IoctlDecl> ioctls) {
        Path file = root.resolve(OutputPaths.header(decl));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, header(decl, ioctls));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "#include \"" + OutputPaths.header(decl) + "\"\n";
    }

    /** {@code source} compiled with {@code flags} and {@code -I root} under each of {@code abis}. */
    Map<Abi, CompileResult> compile(Collection<Abi> abis, List<String> flags, String source) {
        Map<Abi, String> sources = new EnumMap<>(Abi.class);
        abis.forEach(abi -> sources.put(abi, source));
        return compile(root, sources, flags);
    }

    /**
     * Each ABI's source in {@code sources} compiled by its GCC with {@code flags} and
     * {@code -I root}, in parallel.
     */
    public static Map<Abi, CompileResult> compile(Path root, Map<Abi, String> sources,
            List<String> flags) {
        List<String> arguments = new ArrayList<>(flags);
        arguments.add("-I" + root);
        List<CrossCompiler> compilers = new ArrayList<>();
        for (Abi abi : sources.keySet()) {
            compilers.add(CrossCompiler.require(abi));
        }
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(compilers.size(), Runtime.getRuntime().availableProcessors())));
        try {
            Map<Abi, Future<CompileResult>> pending = new EnumMap<>(Abi.class);
            for (CrossCompiler compiler : compilers) {
                String source = sources.get(compiler.abi());
                pending.put(compiler.abi(), pool.submit(() -> compiler.run(arguments, source)));
            }
            Map<Abi, CompileResult> results = new EnumMap<>(Abi.class);
            for (Map.Entry<Abi, Future<CompileResult>> entry : pending.entrySet()) {
                results.put(entry.getKey(), entry.getValue().get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("compile failed to run", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The failures among {@code results}, each ABI with its command's stderr. */
    public static String failures(Map<Abi, CompileResult> results) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Abi, CompileResult> entry : results.entrySet()) {
            if (!entry.getValue().ok()) {
                String err = entry.getValue().stderr();
                out.append("\n== ").append(entry.getKey()).append(": ")
                        .append(err.length() > 4000 ? err.substring(0, 4000) + "..." : err);
            }
        }
        return out.toString();
    }
}
