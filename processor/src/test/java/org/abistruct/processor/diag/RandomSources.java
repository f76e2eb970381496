package org.abistruct.processor.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.abistruct.Abi;

/**
 * Seeded random source files in packages {@code p0} to {@code p2}, each a top-level record
 * {@code Cn} (or, rarely, an interface) with up to three nested records it may embed, and a
 * {@code package-info} per package, most with random {@code @AbiDefaults}. Each file draws a
 * chaos level: at 0 its declarations are meant to be valid, above it each choice may take a
 * broken form (a wrong type, a bad length or alignment, a clashing name, a cycle, a bad
 * ioctl...). Every file is valid Java; only abistruct may reject it.
 */
final class RandomSources {
    private static final String[] PRIMITIVES =
            {"byte", "short", "int", "long", "float", "double", "char", "boolean"};
    private static final String[] NOT_C = {"Integer", "String", "Object", "Long"};
    private static final String[] BAD_NAMES = {"", "int", "struct", "9bad", "has space", "a-b",
        "__reserved", "union", "sizeof", "x"};
    private static final String[] BAD_IOCTLS = {"", "int", "9X", "lower", "KVM_X", "_IOW"};
    private static final String[] CLASHING = {"x", "size", "abi", "offset", "read", "write",
        "getF0", "buf", "values", "v", "padding", "describe"};
    private static final double[] CHAOS = {0, 0, 0.1, 0.3, 1};
    private static final int PACKAGES = 3;

    /** A source file: the qualified name of its type (or package-info) and its text. */
    record Source(String name, String text) {}

    private final Random random;
    private double chaos;
    private String prefix;

    private RandomSources(long seed) {
        random = new Random(seed);
    }

    /** The package-infos, then {@code count} files ({@code p0.C0}, {@code p1.C1}...). */
    static List<Source> generate(long seed, int count) {
        RandomSources sources = new RandomSources(seed);
        List<Source> files = new ArrayList<>();
        for (int k = 0; k < PACKAGES; k++) {
            files.add(new Source("p" + k + ".package-info", sources.packageInfo("p" + k)));
        }
        for (int n = 0; n < count; n++) {
            String pkg = "p" + n % PACKAGES;
            files.add(new Source(pkg + ".C" + n, "package " + pkg + ";\n\n" + sources.file(n)));
        }
        return files;
    }

    private String packageInfo(String pkg) {
        chaos = 0.2;
        List<String> args = new ArrayList<>();
        policies(args, 0.5, 0.5);
        String defaults = random.nextDouble() < 0.25 ? ""
                : "@AbiDefaults(" + String.join(", ", args) + ")\n";
        return defaults + "package " + pkg + ";\n\nimport org.abistruct.*;\n";
    }

    private String file(int n) {
        chaos = CHAOS[random.nextInt(CHAOS.length)];
        prefix = "c" + n;
        String top = "C" + n;
        List<String> inner = new ArrayList<>();
        for (int k = random.nextInt(4); k > 0; k--) {
            inner.add(0, "In" + (k - 1));
        }
        StringBuilder body = new StringBuilder();
        for (int k = 0; k < inner.size(); k++) {
            List<String> embeddable = new ArrayList<>(inner.subList(k + 1, inner.size()));
            if (bad(0.05)) {
                embeddable.add(top);
            }
            if (bad(0.03)) {
                embeddable.add(inner.get(k));
            }
            String modifiers = bad(0.1)
                    ? pick("static", "private static", "public") : "public static";
            body.append(indent(record(inner.get(k), embeddable, modifiers)));
        }
        String head = "import org.abistruct.*;\n\n";
        if (bad(0.04)) {
            return head + "@Ioctl(name = \"KVM_" + top + "\", type = 0xAE, nr = "
                    + pick("0", "1", "300") + ", dir = Ioctl.Dir." + pick("NONE", "READ")
                    + ")\npublic interface " + top + " {\n"
                    + body.toString().replace("private static", "static") + "}\n";
        }
        String record = record(top, inner, "public");
        return head + record.substring(0, record.length() - "{}\n".length()) + "{\n" + body + "}\n";
    }

    private String record(String name, List<String> embeddable, String modifiers) {
        StringBuilder s = new StringBuilder();
        recordAnnotations(name).forEach(a -> s.append(a).append('\n'));
        String generic = bad(0.03) ? "<T>" : "";
        if (bad(0.03)) {
            return s + modifiers + " class " + name + generic + " {}\n";
        }
        List<String> components = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int count = bad(0.1) ? 0 : pickInt(1, 2, 3, 4, 6);
        for (int i = 0; i < count; i++) {
            components.add(component(i, i == count - 1, embeddable, names));
        }
        return s + modifiers + " record " + name + generic + "(" + String.join(", ", components)
                + ") {}\n";
    }

    private List<String> recordAnnotations(String name) {
        List<String> out = new ArrayList<>();
        String kind = random.nextDouble() < 0.75 ? "AbiStruct" : "AbiUnion";
        out.add(structAnnotation(kind, name));
        if (bad(0.1)) {
            out.add(structAnnotation(kind.equals("AbiStruct") ? "AbiUnion" : "AbiStruct", name));
        }
        if (random.nextDouble() < 0.1) {
            out.add("@Packed");
        }
        if (random.nextDouble() < 0.1) {
            out.add("@Align(" + number(new int[] {3, 0, -4, 1 << 20}, 1, 2, 4, 8, 64) + ")");
        }
        for (int i = bad(1) ? pickInt(0, 0, 1, 2) : 0; i > 0; i--) {
            out.add("@ExpectSize(bytes = " + pickInt(0, 4, 8, 12, 16, 24, -1, 1 << 30)
                    + (random.nextBoolean() ? "" : ", abis = " + abis()) + ")");
        }
        for (int i = pickInt(0, 0, 0, 1, 2); i > 0; i--) {
            String ioctl = bad(0.5) ? pick(BAD_IOCTLS) : "KVM_" + name.toUpperCase() + "_"
                    + prefix.toUpperCase() + "_" + random.nextInt(99);
            out.add("@Ioctl(name = \"" + ioctl + "\", type = "
                    + number(new int[] {256, -1}, 0xAE, 0, 255) + ", nr = "
                    + number(new int[] {300, -1}, 0, 1, 0xAA, 255) + ", dir = Ioctl.Dir."
                    + pick("NONE", "READ", "WRITE", "READ_WRITE") + ")");
        }
        return out;
    }

    private String structAnnotation(String kind, String name) {
        List<String> args = new ArrayList<>();
        boolean nested = name.startsWith("In");
        if (nested || random.nextDouble() < 0.3) {
            args.add("name = \"" + (bad(0.5) ? pick(BAD_NAMES) : prefix + "_" + name.toLowerCase())
                    + "\"");
        }
        if (random.nextDouble() < 0.1) {
            args.add("tagless = true");
        }
        policies(args, 0.3, 0.4);
        return "@" + kind + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")");
    }

    /**
     * Adds {@code abis} at odds {@code abisOdds}, then {@code compat} and
     * {@code implicitPadding} each at odds {@code policyOdds}: the arguments a struct and its
     * package's defaults share.
     */
    private void policies(List<String> args, double abisOdds, double policyOdds) {
        if (random.nextDouble() < abisOdds) {
            args.add("abis = " + abis());
        }
        if (random.nextDouble() < policyOdds) {
            args.add("compat = Compat." + pick("DEFAULT", "IDENTICAL", "GENERATE"));
        }
        if (random.nextDouble() < policyOdds) {
            args.add("implicitPadding = ImplicitPadding."
                    + pick("DEFAULT", "WARN", "ERROR", "IGNORE"));
        }
    }

    /** A component; the last may be a flexible array member ({@code @Length(0)} first). */
    private String component(int i, boolean last, List<String> embeddable, Set<String> names) {
        List<String> annotations = new ArrayList<>();
        int dims = pickInt(0, 0, 0, 1, 1, 2, 3);
        double r = random.nextDouble();
        String base = r < 0.7 ? pick(PRIMITIVES)
                : r < 0.9 && !embeddable.isEmpty() ? pick(embeddable.toArray(String[]::new))
                : bad(0.5) ? pick(NOT_C) : pick(PRIMITIVES);
        if (dims > 0 && !bad(0.1) || bad(0.05)) {
            int n = bad(0.15) ? pickInt(1, 2, 3) : Math.max(dims, 1);
            List<String> lengths = new ArrayList<>();
            if (last && random.nextDouble() < 0.12) {
                lengths.add("0");
            }
            for (int k = lengths.size(); k < n; k++) {
                lengths.add(String.valueOf(number(new int[] {0, -1, 100000}, 1, 2, 3, 4, 7)));
            }
            annotations.add("@Length({" + String.join(", ", lengths) + "})");
        }
        boolean integral = List.of("byte", "short", "int", "long").contains(base);
        if (integral && random.nextDouble() < 0.3 || bad(0.1)) {
            annotations.add("@Unsigned");
        }
        if (base.equals("long") && random.nextDouble() < 0.15 || bad(0.05)) {
            annotations.add("@Pointer");
        } else if (base.equals("long") && random.nextDouble() < 0.15 || bad(0.05)) {
            annotations.add("@CLong");
        }
        if (integral && dims == 0 && random.nextDouble() < 0.15 || bad(0.03)) {
            int width = number(new int[] {-1, 65, 33}, 1, 3, 4, 7, 8, 0);
            annotations.add(random.nextDouble() < 0.15
                    ? "@Bits(value = " + width + ", named = false)" : "@Bits(" + width + ")");
        }
        if (base.equals("byte") && random.nextDouble() < 0.1 || bad(0.02)) {
            annotations.add("@CChar");
        }
        if (integral && random.nextDouble() < 0.05 || bad(0.02)) {
            annotations.add(pick("@BigEndian", "@LittleEndian"));
        }
        if (random.nextDouble() < 0.08) {
            annotations.add("@Align(" + number(new int[] {3, 0, 1 << 16}, 1, 2, 4, 8, 32) + ")");
        }
        if (random.nextDouble() < 0.1) {
            annotations.add("@CName(\"" + (bad(0.5) ? pick(BAD_NAMES) : "m" + i) + "\")");
        }
        if (base.startsWith("In") && dims == 0 && random.nextDouble() < 0.3 || bad(0.03)) {
            annotations.add("@Anonymous");
        }
        String name = bad(0.5) ? pick(CLASHING) : "f" + i;
        name = names.add(name) ? name : name + "_" + i;
        names.add(name);
        return String.join(" ", annotations) + (annotations.isEmpty() ? "" : " ") + base
                + "[]".repeat(dims) + " " + name;
    }

    private String abis() {
        List<String> all = new ArrayList<>();
        for (Abi abi : Abi.values()) {
            all.add("Abi." + abi);
        }
        Collections.shuffle(all, random);
        List<String> chosen = new ArrayList<>(all.subList(0, pickInt(0, 1, 2, 3, all.size())));
        if (bad(0.2) && !chosen.isEmpty()) {
            chosen.add(chosen.get(0));
        }
        return "{" + String.join(", ", chosen) + "}";
    }

    private boolean bad(double p) {
        return random.nextDouble() < p * chaos;
    }

    /** One of {@code broken}, at half the chaos level, else one of {@code valid}. */
    private int number(int[] broken, int... valid) {
        return bad(0.5) ? pickInt(broken) : pickInt(valid);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int pickInt(int... options) {
        return options[random.nextInt(options.length)];
    }

    private static String indent(String text) {
        return ("    " + text.strip().replace("\n", "\n    ")) + "\n";
    }
}
