package org.abistruct.processor.generate.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.palantir.javapoet.JavaFile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.generate.RandomValues;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.CompatDirection;
import org.abistruct.processor.plan.CompatStep;
import org.abistruct.processor.plan.PairPlan;
import org.abistruct.processor.plan.Planner;
import org.abistruct.processor.plan.StructPlan;

/**
 * Compiles the accessors and compat converters of a set of structs laid out for every compat
 * pair, and checks one struct's conversions: a value written in the 32-bit layout, converted
 * and read in the 64-bit one is the same value (a union's first member, which is what its write
 * stores), every byte of the result is a member or zero padding, converting back gives the
 * original bytes, and arrays convert as their elements do. Pointers and C longs hold values
 * that fit 4 bytes.
 */
final class CompatRoundTrip {
    static final String PACKAGE = Decls.PACKAGE;
    /** Every ABI of a compat pair. */
    static final Set<Abi> PAIR_ABIS = CompatPair.abis();
    private static final byte GARBAGE = 0x5a;
    /** Bytes after a flexible struct's {@code sizeWith}, which no converter may touch. */
    private static final int AFTER = 8;
    private static final CompatPolicy GENERATE =
            new CompatPolicy(Compat.GENERATE, ImplicitPadding.IGNORE);

    private final Random random;
    private final RandomValues values;
    private final Map<StructRef, StructDecl> decls = new LinkedHashMap<>();
    private final LayoutEngine engine = new LayoutEngine(decls::get);
    private final Planner planner = new Planner(engine);
    private final Map<StructRef, StructPlan> plans = new LinkedHashMap<>();
    private final List<JavaFile> files = new ArrayList<>();
    private Loaded loaded;


    /** Generates and compiles the bindings of {@code all}, each selecting {@link #PAIR_ABIS}. */
    CompatRoundTrip(long seed, List<StructDecl> all) {
        random = new Random(seed);
        values = new RandomValues(random, decls::get);
        for (StructDecl d : all) {
            decls.put(d.ref(), new StructDecl(d.ref(), d.cName(), d.union(), d.packed(),
                    d.align(), PAIR_ABIS, d.members(), d.expectedSizes()));
        }
        List<String> records = new ArrayList<>();
        for (StructDecl decl : decls.values()) {
            StructPlan plan = planner.plan(decl, GENERATE, List.of());
            plans.put(decl.ref(), plan);
            files.addAll(GeneratedSources.records(plan));
            files.addAll(GeneratedSources.converters(plan));
            records.add(decl.cName());
            records.add(values.recordSource(decl));
        }
        loaded = Loaded.compileIn(PACKAGE, files, records.toArray(new String[0]));
    }

    Collection<StructDecl> decls() {
        return decls.values();
    }

    StructLayout layout(StructDecl decl, Abi abi) {
        return engine.layout(decls.get(decl.ref()), abi);
    }

    /** The planned conversion steps of {@code decl} from {@code from}'s layout to {@code to}'s. */
    List<CompatStep> steps(StructDecl decl, Abi from, Abi to) {
        for (PairPlan pair : plans.get(decl.ref()).pairs()) {
            for (CompatDirection direction : pair.directions()) {
                if (direction.from().abi() == from && direction.to().abi() == to) {
                    return direction.conversion().steps();
                }
            }
        }
        throw new IllegalArgumentException(decl.cName() + ": no conversion " + from + " -> " + to);
    }

    /** The generated source of {@code cName}'s converter class. */
    String converterSource(String cName) {
        return files.stream().filter(f -> f.typeSpec().name().equals(cName + "Compat"))
                .findFirst().orElseThrow().toString();
    }

    /**
     * Converts a random value of {@code decl} both ways through {@code pair}, and checks it; with
     * 0 to 3 elements if it ends in a flexible array member.
     */
    void check(StructDecl decl, CompatPair pair) {
        if (flexible(decl)) {
            flexibleRoundTrip(decl, pair, random.nextInt(4));
        } else {
            roundTrip(decl, pair, layout(decl, pair.user()).size(),
                    layout(decl, pair.kernel()).size());
        }
    }

    private void roundTrip(StructDecl decl, CompatPair pair, long userSize, long kernelSize) {
        Sides sides = sides(decl, pair);
        Loaded.Binding user = sides.user();
        Loaded.Binding kernel = sides.kernel();
        Object value = value(decl);
        ByteBuffer u = garbage((int) userSize);
        user.call("write", u, 0, value);
        ByteBuffer k = garbage((int) kernelSize);
        sides.up(u, 0, k, 0);
        Object read = kernel.call("read", k, 0);
        String where = decl.cName() + " " + pair;
        assertSame(decl.ref(), value, read, where);
        ByteBuffer rewritten = garbage((int) kernelSize);
        kernel.call("write", rewritten, 0, read);
        assertArrayEquals(rewritten.array(), k.array(), where + ": padding must be zero");
        ByteBuffer back = garbage((int) userSize);
        sides.down(k, 0, back, 0);
        assertArrayEquals(u.array(), back.array(), where + ": back to the user layout");

        ByteBuffer users = garbage((int) (3 + 2 * userSize));
        users.put(3, u.array(), 0, (int) userSize).put((int) (3 + userSize), u.array());
        ByteBuffer kernels = garbage((int) (5 + 2 * kernelSize));
        sides.up(users, 3, kernels, 5, 2);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(k.array(), Arrays.copyOfRange(kernels.array(),
                    (int) (5 + i * kernelSize), (int) (5 + (i + 1) * kernelSize)), where + " [" + i + "]");
        }
    }

    /** Both layouts of a pair, and the converters between them. */
    private record Sides(Loaded.Binding user, Loaded.Binding kernel, Class<?> compat,
                         CompatPair pair) {
        /** Through {@code convert}, which reaches every pair (and each pair's own methods). */
        Object up(Object... args) {
            return Loaded.call(null, compat, "convert", with(pair.user(), pair.kernel(), args));
        }

        Object down(Object... args) {
            return Loaded.call(null, compat, "convert", with(pair.kernel(), pair.user(), args));
        }

        private static Object[] with(Abi from, Abi to, Object[] args) {
            Object[] all = new Object[args.length + 2];
            all[0] = from;
            all[1] = to;
            System.arraycopy(args, 0, all, 2, args.length);
            return all;
        }
    }

    private Sides sides(StructDecl decl, CompatPair pair) {
        return new Sides(loaded.binding(decl.cName() + "Layout$" + pair.user().name()),
                loaded.binding(decl.cName() + "Layout$" + pair.kernel().name()),
                loaded.type(decl.cName() + "Compat"), pair);
    }

    /**
     * The round trip of a struct with {@code count} elements in its flexible array member, each
     * buffer sized by its layout's {@code sizeWith(count)} and followed by bytes the converters
     * must leave alone; a buffer one byte short, and a negative count, are refused.
     */
    private void flexibleRoundTrip(StructDecl decl, CompatPair pair, int count) {
        Sides sides = sides(decl, pair);
        Loaded.Binding user = sides.user();
        Loaded.Binding kernel = sides.kernel();
        String where = decl.cName() + " " + pair + " with " + count + " elements";
        int userSize = (int) user.call("sizeWith", count);
        int kernelSize = (int) kernel.call("sizeWith", count);
        Object value = value(decl, count);
        ByteBuffer u = garbage(userSize + AFTER);
        user.call("write", u, 0, value);
        ByteBuffer k = garbage(kernelSize + AFTER);
        sides.up(u, 0, k, 0, count);
        assertSame(decl.ref(), value, kernel.call("read", k, 0, count), where);
        ByteBuffer rewritten = garbage(kernelSize + AFTER);
        kernel.call("write", rewritten, 0, value);
        assertArrayEquals(rewritten.array(), k.array(),
                where + ": padding must be zero, and no byte past the struct set");
        ByteBuffer back = garbage(userSize + AFTER);
        sides.down(k, 0, back, 0, count);
        assertArrayEquals(u.array(), back.array(), where + ": back to the user layout");

        ByteBuffer untouched = garbage(kernelSize);
        assertThrows(IndexOutOfBoundsException.class,
                () -> sides.up(u.slice(0, userSize - 1), 0, untouched, 0, count),
                where + ": source one byte short");
        assertThrows(IndexOutOfBoundsException.class,
                () -> sides.up(u, 0, untouched.slice(0, kernelSize - 1), 0, count),
                where + ": one byte short");
        assertThrows(IndexOutOfBoundsException.class,
                () -> sides.up(u, 0, untouched, 0, -1), where + ": a negative count");
        assertArrayEquals(garbage(kernelSize).array(), untouched.array(),
                where + ": a refused conversion writes nothing");
    }

    private Object value(StructDecl decl) {
        return value(decl, 0);
    }

    private Object value(StructDecl decl, int count) {
        return values.value(loaded, decl, count);
    }

    private void assertSame(CType type, Object expected, Object actual, String where) {
        values.assertSame(type, expected, actual, where);
    }

    static boolean flexible(StructDecl decl) {
        return RandomValues.flexible(decl);
    }

    private static ByteBuffer garbage(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, GARBAGE);
        return ByteBuffer.wrap(bytes);
    }
}
