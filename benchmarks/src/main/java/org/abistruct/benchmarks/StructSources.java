package org.abistruct.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of {@code @AbiStruct} record sources for the compile benchmark: structs and
 * unions of mixed sizes with scalars of every kind, pointers, C longs, 1-D and 2-D arrays, and
 * nesting (embedded records, arrays of them, anonymous members) up to a bounded depth.
 */
final class StructSources {
    /** The package of the generated records. */
    static final String PACKAGE = "gen";
    private static final int MAX_DEPTH = 3;
    private static final String[] SCALARS = {
        "byte", "short", "int", "long", "float", "double", "boolean", "char",
        "@Unsigned byte", "@Unsigned short", "@Unsigned int", "@Unsigned long",
        "@Pointer long", "@CLong long", "@Unsigned @CLong long",
    };
    private static final String[] ARRAY_ELEMENTS = {
        "byte", "short", "int", "long", "float", "double", "char", "@Unsigned int", "@Pointer long",
    };

    private final Random random;
    private final List<Integer> depths = new ArrayList<>();
    /** Whether the record being written has an anonymous member already. */
    private boolean anonymous;

    private StructSources(long seed) {
        random = new Random(seed);
    }

    /**
     * Writes {@code count} records into {@code dir} (package {@link #PACKAGE}, whose
     * {@code package-info.java} lets them differ across compat pairs) and returns the files.
     * The same seed gives the same sources, and a smaller count a prefix of a larger one.
     */
    static List<Path> write(Path dir, int count, long seed) throws IOException {
        return write(dir, count, seed, List.of());
    }

    /**
     * As {@link #write(Path, int, long)}, with the package's ABIs limited to {@code abis}
     * ({@code Abi} constant names) unless it is empty.
     */
    static List<Path> write(Path dir, int count, long seed, List<String> abis) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve(PACKAGE));
        StructSources sources = new StructSources(seed);
        List<Path> files = new ArrayList<>(count + 1);
        // Random structs differ between 32- and 64-bit ABIs and have padding: say so once.
        Path info = pkg.resolve("package-info.java");
        String only = abis.isEmpty() ? ""
                : "abis = {Abi." + String.join(", Abi.", abis) + "}, ";
        Files.writeString(info, "@AbiDefaults(" + only + "compat = Compat.GENERATE,"
                + " implicitPadding = ImplicitPadding.IGNORE)\npackage " + PACKAGE + ";\n\n"
                + "import org.abistruct.Abi;\nimport org.abistruct.AbiDefaults;\n"
                + "import org.abistruct.Compat;\nimport org.abistruct.ImplicitPadding;\n",
                StandardCharsets.UTF_8);
        files.add(info);
        for (int i = 0; i < count; i++) {
            Path file = pkg.resolve(name(i) + ".java");
            Files.writeString(file, sources.record(i), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private static String name(int i) {
        return String.format("S%05d", i);
    }

    private String record(int index) {
        boolean union = index > 0 && random.nextInt(10) == 0;
        int members = random.nextInt(20) == 0 ? 16 + random.nextInt(24) : 1 + random.nextInt(10);
        int depth = 0;
        anonymous = false;
        StringBuilder components = new StringBuilder();
        for (int j = 0; j < members; j++) {
            String field = "f" + index + "_" + j;
            Member member = member(index, union);
            depth = Math.max(depth, member.depth);
            components.append(j == 0 ? "\n        " : ",\n        ")
                    .append(member.type).append(' ').append(field);
        }
        depths.add(depth);
        return "package " + PACKAGE + ";\n\n"
                + "import org.abistruct.*;\n\n"
                + (union ? "@AbiUnion\n" : "@AbiStruct\n")
                + "public record " + name(index) + "(" + components + ") {}\n";
    }

    private Member member(int index, boolean union) {
        int roll = random.nextInt(100);
        if (roll < 15 && index > 0) {
            Member embedded = embedded(index, union);
            if (embedded != null) {
                return embedded;
            }
        }
        if (roll < 70) {
            return new Member(SCALARS[random.nextInt(SCALARS.length)], 0);
        }
        String element = ARRAY_ELEMENTS[random.nextInt(ARRAY_ELEMENTS.length)];
        if (roll < 90) {
            return new Member("@Length(" + (1 + random.nextInt(16)) + ") " + element + "[]", 0);
        }
        return new Member("@Length({" + (1 + random.nextInt(4)) + ", " + (1 + random.nextInt(4))
                + "}) " + element + "[][]", 0);
    }

    /** An earlier record by value, an array of one, or an anonymous member; null if too deep. */
    private Member embedded(int index, boolean union) {
        int target = index - 1 - random.nextInt(Math.min(index, 50));
        int depth = depths.get(target) + 1;
        if (depth > MAX_DEPTH) {
            return null;
        }
        int kind = random.nextInt(10);
        if (kind < 2) {
            return new Member("@Length(" + (1 + random.nextInt(3)) + ") " + name(target) + "[]", depth);
        }
        // One anonymous member a record: two would flatten one record's names twice.
        if (kind < 3 && !union && !anonymous) {
            anonymous = true;
            return new Member("@Anonymous " + name(target), depth);
        }
        return new Member(name(target), depth);
    }

    /** A component's declared type and the nesting depth it adds. */
    private record Member(String type, int depth) {}
}
