package org.abistruct.processor.generate.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.layout.CompatDiff;
import org.abistruct.processor.layout.CompatPair;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.RandomDecls;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.Planner;
import org.abistruct.processor.plan.StructPlan;
import org.abistruct.runtime.CompatPairs;
import org.abistruct.testing.TestProperties;
import org.junit.jupiter.api.Test;

/**
 * The generated compat converters of seeded random structs and unions round-trip through every
 * compat pair ({@link CompatRoundTrip}), and a pointer or C long narrows only when it fits.
 * Tune with {@code abistruct.compat.count} and {@code abistruct.compat.seed}.
 */
class CompatConverterTest {
    private static final String PACKAGE = CompatRoundTrip.PACKAGE;
    private static final int COUNT = 40;
    private static final long SEED = 0x5eed_c0a7L;
    private static final CompatPolicy GENERATE =
            new CompatPolicy(Compat.GENERATE, ImplicitPadding.IGNORE);

    @Test
    void randomStructsRoundTripThroughEveryPair() {
        int count = (int) TestProperties.number("abistruct.compat.count", COUNT);
        long seed = TestProperties.number("abistruct.compat.seed", SEED);
        CompatRoundTrip trip = new CompatRoundTrip(seed, RandomDecls.generate(seed, count).all());
        int converted = 0;
        int differing = 0;
        int flexible = 0;
        for (StructDecl decl : trip.decls()) {
            for (CompatPair pair : CompatPair.within(decl.abis())) {
                flexible += CompatRoundTrip.flexible(decl) ? 1 : 0;
                differing += CompatDiff.of(pair, trip.layout(decl, pair.user()),
                        trip.layout(decl, pair.kernel())).differs() ? 1 : 0;
                for (int round = 0; round < 3; round++) {
                    trip.check(decl, pair);
                    converted++;
                }
            }
        }
        assertTrue(differing > 20, "pairs whose layouts differ: " + differing);
        assertTrue(flexible > 5, "pairs of structs ending in a flexible array: " + flexible);
        System.out.printf("compat: %d random values converted both ways, %d struct pairs"
                + " differing, %d ending in a flexible array (seed %d)%n", converted, differing,
                flexible, seed);
    }

    @Test
    void pointerNarrowsOnlyWhenItFits() {
        StructDecl decl = new StructDecl(new StructRef(PACKAGE, List.of("ptr")), "ptr", false,
                false, 0, EnumSet.of(Abi.I386, Abi.X86_64),
                List.of(new Member("a", "a", new Scalar(ScalarKind.POINTER), 0, false),
                        new Member("n", "n", new Scalar(ScalarKind.LONG), 0, false)),
                List.of());
        StructPlan plan = new Planner(new LayoutEngine(ref -> null)).plan(decl, GENERATE,
                List.of());
        List<JavaFile> files = new ArrayList<>(GeneratedSources.records(plan));
        files.addAll(GeneratedSources.converters(plan));
        Loaded loaded = Loaded.compileIn(PACKAGE, files, "ptr", "public record ptr(long a, long n) {}");
        Class<?> compat = loaded.type("ptrCompat");
        Loaded.Binding kernel = loaded.binding("ptrLayout$X86_64");
        Loaded.Binding user = loaded.binding("ptrLayout$I386");
        ByteBuffer k = ByteBuffer.allocate(16);
        ByteBuffer u = ByteBuffer.allocate(8);
        kernel.call("write", k, 0, loaded.record("ptr", 0xffff_fffcL, -2L));
        Loaded.call(null, compat, "x86_64ToI386", k, 0, u, 0);
        assertEquals(loaded.record("ptr", 0xffff_fffcL, -2L), user.call("read", u, 0));
        Loaded.call(null, compat, "i386ToX86_64", u, 0, k, 0);
        assertEquals(loaded.record("ptr", 0xffff_fffcL, -2L), kernel.call("read", k, 0),
                "the pointer zero-extends, the long sign-extends");
        kernel.call("write", k, 0, loaded.record("ptr", 0x1_0000_0000L, 0L));
        assertThrows(IllegalArgumentException.class,
                () -> Loaded.call(null, compat, "x86_64ToI386", k, 0, u, 0));
        kernel.call("write", k, 0, loaded.record("ptr", 0L, 1L << 31));
        Arrays.fill(u.array(), (byte) 0x5a);
        assertThrows(IllegalArgumentException.class,
                () -> Loaded.call(null, compat, "x86_64ToI386", k, 0, u, 0));
        byte[] untouched = new byte[8];
        Arrays.fill(untouched, (byte) 0x5a);
        assertArrayEquals(untouched, u.array(), "the pointer before the long is not written");
        ByteBuffer two = ByteBuffer.allocate(32);
        kernel.call("write", two, 0, loaded.record("ptr", 1L, 2L));
        kernel.call("write", two, 16, loaded.record("ptr", 0L, 1L << 31));
        ByteBuffer users = ByteBuffer.allocate(16);
        assertThrows(IllegalArgumentException.class,
                () -> Loaded.call(null, compat, "x86_64ToI386", two, 0, users, 0, 2));
        assertArrayEquals(new byte[16], users.array(), "the first struct is not written either");
    }

    /**
     * {@code struct tlb { uint64_t bitmap; uint32_t n; }}: 12 bytes on i386, 16 on the others.
     * Only the pair that differs has methods of its own; {@code convert} reaches every pair,
     * copying the identical one in bulk, and refuses ABIs that are no pair.
     */
    @Test
    void onlyDifferingPairsHaveMethodsAndConvertReachesEveryPair() {
        StructDecl decl = new StructDecl(new StructRef(PACKAGE, List.of("tlb")), "tlb", false,
                false, 0, EnumSet.of(Abi.I386, Abi.X86_64, Abi.PPC32, Abi.PPC64),
                List.of(new Member("bitmap", "bitmap", new Scalar(ScalarKind.UINT64), 0, false),
                        new Member("n", "n", new Scalar(ScalarKind.UINT32), 0, false)),
                List.of());
        StructPlan plan = new Planner(new LayoutEngine(ref -> null)).plan(decl, GENERATE,
                List.of());
        List<JavaFile> files = new ArrayList<>(GeneratedSources.records(plan));
        files.addAll(GeneratedSources.converters(plan));
        Loaded loaded = Loaded.compileIn(PACKAGE, files, "tlb",
                "public record tlb(long bitmap, int n) {}");
        Class<?> compat = loaded.type("tlbCompat");
        List<String> names = new ArrayList<>();
        for (java.lang.reflect.Method m : compat.getMethods()) {
            names.add(m.getName());
        }
        assertTrue(names.contains("i386ToX86_64") && names.contains("x86_64ToI386"), "" + names);
        assertTrue(!names.contains("ppc32ToPpc64") && !names.contains("ppc64ToPpc32"),
                "" + names);
        ByteBuffer from = ByteBuffer.allocate(16);
        loaded.binding("tlbLayout$PPC32").call("write", from, 0, loaded.record("tlb", 5L, 7));
        ByteBuffer to = ByteBuffer.allocate(16);
        Loaded.call(null, compat, "convert", Abi.PPC32, Abi.PPC64, from, 0, to, 0);
        assertEquals(loaded.record("tlb", 5L, 7), loaded.binding("tlbLayout$PPC64")
                .call("read", to, 0));
        assertThrows(IllegalArgumentException.class, () -> Loaded.call(null, compat, "convert",
                Abi.I386, Abi.PPC64, from, 0, to, 0));
        // A pair of the runtime's table that this struct's ABIs leave out.
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Loaded.call(null, compat, "convert", Abi.ARM, Abi.AARCH64, from, 0, to, 0));
        assertEquals("no compat pair of struct tlb converts ARM to AARCH64", none.getMessage());
    }

    /** Generated {@code convert} methods of structs in every pair route by the runtime's table. */
    @Test
    void runtimeTableListsTheProcessorsPairsInOrder() {
        List<Abi> pairs = new ArrayList<>();
        for (CompatPair pair : CompatPair.all()) {
            pairs.add(pair.user());
            pairs.add(pair.kernel());
        }
        assertEquals(pairs, Arrays.asList(CompatPairs.all()));
        assertEquals(3, CompatPairs.route(Abi.X86_64, Abi.X32, "struct x"));
        assertEquals("no compat pair of struct x converts X86_64 to ALPHA",
                assertThrows(IllegalArgumentException.class,
                        () -> CompatPairs.route(Abi.X86_64, Abi.ALPHA, "struct x")).getMessage());
    }
}
