package org.abistruct.processor.generate;

import static org.abistruct.processor.model.Decls.anonymous;
import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.ref;
import static org.abistruct.processor.model.Decls.scalar;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;

/**
 * Structs with arrays, embedded structs, unions, an anonymous union and a flexible array
 * member, for X86_64 (little-endian) and M68K (big-endian). The C equivalents, whose facts the
 * tests state, are:
 *
 * <pre>
 * struct pair { uint8_t a; int32_t b; };
 * union num { int32_t i; double d; };
 * struct nested { uint8_t tag; struct pair one; struct pair two[2]; int16_t m[2][3]; };
 * struct with_anon { uint16_t kind; union { int32_t i; double d; }; uint8_t last; };
 * struct flex { uint32_t n; uint8_t flag; uint16_t data[]; };
 * struct with_union { uint8_t t; union num n; };
 * </pre>
 */
public final class StructFixtures {
    public static final List<Abi> ABIS = List.of(Abi.X86_64, Abi.M68K);

    private static Loaded loaded;

    private StructFixtures() {}

    public static final String[] RECORDS = {
        "Pair", "public record Pair(byte a, int b) {}",
        "Num", "public record Num(int i, double d) {}",
        "Nested", "public record Nested(byte tag, Pair one, Pair[] two, short[][] m) {}",
        "Anon", "public record Anon(int i, double d) {}",
        "WithAnon", "public record WithAnon(short kind, Anon u, byte last) {}",
        "Flex", "public record Flex(int n, byte flag, short[] data) {}",
        "WithUnion", "public record WithUnion(byte t, Num n) {}",
    };

    /** Every declaration, embedded ones first. */
    public static List<JavaFile> generate() {
        Decls decls = new Decls();
        List<StructDecl> all = new ArrayList<>();
        all.add(decls.declare("Pair", "pair", false, ABIS,
                member("a", "a", scalar(ScalarKind.UINT8)),
                member("b", "b", scalar(ScalarKind.INT32))));
        all.add(decls.declare("Num", "num", true, ABIS,
                member("i", "i", scalar(ScalarKind.INT32)),
                member("d", "d", scalar(ScalarKind.DOUBLE))));
        all.add(decls.declare("Nested", "nested", false, ABIS,
                member("tag", "tag", scalar(ScalarKind.UINT8)),
                member("one", "one", ref("Pair")),
                member("two", "two", array(ref("Pair"), 2)),
                member("m", "m", array(scalar(ScalarKind.INT16), 2, 3))));
        all.add(decls.declare("Anon", "anon", true, ABIS,
                member("i", "i", scalar(ScalarKind.INT32)),
                member("d", "d", scalar(ScalarKind.DOUBLE))));
        all.add(decls.declare("WithAnon", "with_anon", false, ABIS,
                member("kind", "kind", scalar(ScalarKind.UINT16)),
                anonymous("u", "u", ref("Anon")),
                member("last", "last", scalar(ScalarKind.UINT8))));
        all.add(decls.declare("Flex", "flex", false, ABIS,
                member("n", "n", scalar(ScalarKind.UINT32)),
                member("flag", "flag", scalar(ScalarKind.UINT8)),
                member("data", "data", array(scalar(ScalarKind.UINT16), 0))));
        all.add(decls.declare("WithUnion", "with_union", false, ABIS,
                member("t", "t", scalar(ScalarKind.UINT8)),
                member("n", "n", ref("Num"))));
        return GeneratedSources.records(decls, all);
    }

    /** The compiled bindings, compiled once. */
    public static synchronized Loaded loaded() {
        if (loaded == null) {
            loaded = Loaded.compile(generate(), RECORDS);
        }
        return loaded;
    }
}
