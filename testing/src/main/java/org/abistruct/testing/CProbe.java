package org.abistruct.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.abistruct.Abi;

/**
 * Reads integer constant expressions back from a compiler: each becomes the size of a global
 * {@code char probe[(EXPR) + 1] = {1};}, compiled to assembly once per ABI, and the value is
 * read from the {@code .size} directive. Works on every target, with no code run.
 */
public final class CProbe {
    private static final String SYMBOL = "abistruct_probe_";
    private static final Pattern SIZE = Pattern.compile(
            "^\\s*\\.size\\s+" + SYMBOL + "(\\d+)\\s*,\\s*(\\d+)\\s*$", Pattern.MULTILINE);

    private final String prelude;
    private final Map<String, String> probes = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private boolean freestanding = true;
    private boolean ownHeadersOnly;

    /** A probe whose expressions may use the declarations in C {@code prelude}. */
    public CProbe(String prelude) {
        this.prelude = Objects.requireNonNull(prelude, "prelude");
    }

    /** Adds the constant {@code expression} (non-negative) under {@code name}. */
    public CProbe add(String name, String expression) {
        if (probes.putIfAbsent(name, expression) != null) {
            throw new IllegalArgumentException("probe " + name + " added twice");
        }
        return this;
    }

    /** Adds compiler flags, such as {@code -I} include directories. */
    public CProbe flags(String... more) {
        flags.addAll(List.of(more));
        return this;
    }

    /** Whether to compile with {@code -ffreestanding} (the default); off for hosted headers. */
    public CProbe freestanding(boolean on) {
        freestanding = on;
        return this;
    }

    /**
     * Limits {@code #include <...>} to each target's own headers (see
     * {@link CrossCompiler#ownHeaderFlags()}), for probes of real kernel headers.
     */
    public CProbe ownHeadersOnly() {
        ownHeadersOnly = true;
        return this;
    }

    /** The number of probes added. */
    public int size() {
        return probes.size();
    }

    /** The C source compiled for each ABI. */
    public String source() {
        StringBuilder out = new StringBuilder(prelude.length() + probes.size() * 64);
        out.append(prelude).append("\n\n");
        int index = 0;
        for (String expression : probes.values()) {
            out.append("char ").append(SYMBOL).append(index++)
                    .append("[(").append(expression).append(") + 1] = {1};\n");
        }
        return out.toString();
    }

    /** The value of every probe under {@code compiler}, by name, in the order added. */
    public Map<String, Long> run(CrossCompiler compiler) {
        return parse(compiler, compiler.run(arguments(compiler), source()).orFail());
    }

    /**
     * The value of every probe under each of {@code abis}, compiling for several ABIs at once.
     * A missing compiler fails (CI) or skips the test before anything is compiled.
     */
    public Map<Abi, Map<String, Long>> runAll(Collection<Abi> abis) {
        return runAll(abis, ToolEnvironment.system());
    }

    /** As {@link #runAll(Collection)}, finding the compilers in {@code env}. */
    public Map<Abi, Map<String, Long>> runAll(Collection<Abi> abis, ToolEnvironment env) {
        List<CrossCompiler> compilers = new ArrayList<>();
        for (Abi abi : abis) {
            compilers.add(CrossCompiler.require(abi, env));
        }
        int threads = Math.max(1, Math.min(compilers.size(),
                Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<Abi, Future<Map<String, Long>>> pending = new EnumMap<>(Abi.class);
            for (CrossCompiler compiler : compilers) {
                pending.put(compiler.abi(), pool.submit(() -> run(compiler)));
            }
            Map<Abi, Map<String, Long>> values = new EnumMap<>(Abi.class);
            for (CrossCompiler compiler : compilers) {
                values.put(compiler.abi(), pending.get(compiler.abi()).get());
            }
            return values;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while probing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError) {
                throw (AssertionError) e.getCause();
            }
            throw new IllegalStateException("probe compile failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> arguments(CrossCompiler compiler) {
        List<String> arguments = new ArrayList<>(List.of("-std=c11", "-S", "-o", "-"));
        if (freestanding) {
            arguments.add("-ffreestanding");
        }
        if (ownHeadersOnly) {
            arguments.addAll(compiler.ownHeaderFlags());
        }
        arguments.addAll(flags);
        return arguments;
    }

    private Map<String, Long> parse(CrossCompiler compiler, CompileResult result) {
        List<String> names = new ArrayList<>(probes.keySet());
        long[] sizes = new long[names.size()];
        boolean[] seen = new boolean[names.size()];
        Matcher m = SIZE.matcher(result.stdout());
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            sizes[index] = Long.parseLong(m.group(2));
            seen[index] = true;
        }
        Map<String, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen[i]) {
                throw new AssertionError(compiler + " emitted no .size for probe " + names.get(i));
            }
            values.put(names.get(i), sizes[i] - 1);
        }
        return values;
    }
}
