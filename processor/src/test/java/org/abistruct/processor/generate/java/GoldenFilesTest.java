/*
 * Golden files: generated sources compared exactly with files under
 * src/test/resources/golden. After a deliberate change to the generated code, regenerate them
 * with
 *
 *     mvn -o test -pl processor -am -Dtest=GoldenFilesTest -Dabistruct.golden.update=true
 *
 * and review the diff like any other code change.
 */
package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.anonymous;
import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.ref;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
import org.abistruct.Ioctl;
import org.abistruct.processor.OutputWriter;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.StructFixtures;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.IoctlInterface;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.Planner;
import org.junit.jupiter.api.Test;

/** A few generated sources, compared byte for byte with reviewed golden files. */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("abistruct.golden.update");

    /**
     * {@code struct kvm_dirty_tlb { __u64 bitmap; __u32 num_dirty; }} from the Linux uapi, the
     * argument of {@code KVM_DIRTY_TLB}.
     */
    private static List<JavaFile> kvmDirtyTlb() {
        return kvmDirtyTlb(List.of(Abi.X86_64, Abi.I386, Abi.PPC32));
    }

    private static List<JavaFile> kvmDirtyTlb(List<Abi> abis) {
        Decls decls = new Decls();
        StructDecl decl = decls.declare("KvmDirtyTlb", "kvm_dirty_tlb", false, abis,
                member("bitmap", "bitmap", scalar(ScalarKind.UINT64)),
                member("numDirty", "num_dirty", scalar(ScalarKind.UINT32)));
        IoctlDecl dirtyTlb = new IoctlDecl("KVM_DIRTY_TLB", 0xAE, 0xaa, Ioctl.Dir.WRITE);
        return GeneratedSources.records(decls.plan(decl, CompatPolicy.BUILT_IN,
                List.of(dirtyTlb)));
    }

    /**
     * {@code struct sample { uint8_t tag; void *ptr; int16_t m[2][3]; struct pair pairs[2];
     * union { int32_t i; double d; }; long count; }} with {@code struct pair} and the
     * anonymous union declared as in {@link StructFixtures}.
     */
    private static List<JavaFile> sample() {
        Decls decls = new Decls();
        List<Abi> abis = List.of(Abi.PPC32);
        decls.declare("Pair", "pair", false, abis,
                member("a", "a", scalar(ScalarKind.UINT8)),
                member("b", "b", scalar(ScalarKind.INT32)));
        decls.declare("Anon", "anon", true, abis,
                member("i", "i", scalar(ScalarKind.INT32)),
                member("d", "d", scalar(ScalarKind.DOUBLE)));
        StructDecl decl = decls.declare("Sample", "sample", false, abis,
                member("tag", "tag", scalar(ScalarKind.UINT8)),
                member("ptr", "ptr", scalar(ScalarKind.POINTER)),
                member("m", "m", array(scalar(ScalarKind.INT16), 2, 3)),
                member("pairs", "pairs", array(ref("Pair"), 2)),
                anonymous("u", "u", ref("Anon")),
                member("count", "count", scalar(ScalarKind.LONG)));
        return GeneratedSources.records(decls.plan(decl));
    }

    /**
     * {@code struct mixed { void *ptr; struct pair pairs[2]; long count; }} on I386 and X86_64,
     * under compat = GENERATE: its converter class.
     */
    private static JavaFile mixedCompat() {
        Decls decls = new Decls();
        List<Abi> abis = List.of(Abi.X86_64, Abi.I386);
        decls.declare("Pair", "pair", false, abis,
                member("a", "a", scalar(ScalarKind.UINT8)),
                member("b", "b", scalar(ScalarKind.INT64)));
        StructDecl decl = decls.declare("Mixed", "mixed", false, abis,
                member("ptr", "ptr", scalar(ScalarKind.POINTER)),
                member("pairs", "pairs", array(ref("Pair"), 2)),
                member("count", "count", scalar(ScalarKind.LONG)));
        return GeneratedSources.converters(decls.plan(decl, new CompatPolicy(
                Compat.GENERATE, ImplicitPadding.WARN), List.of())).get(0);
    }

    @Test
    void mixedCompatConverter() throws IOException {
        assertGolden("MixedCompat.java", mixedCompat());
    }

    @Test
    void kvmDirtyTlbInterface() throws IOException {
        assertGolden("KvmDirtyTlbLayout.java", kvmDirtyTlb().get(0));
    }

    /** X86_64 and AARCH64 lay kvm_dirty_tlb out alike: one shared class, a thin one each. */
    @Test
    void kvmDirtyTlbSharedByX86_64AndAarch64() throws IOException {
        assertGolden("KvmDirtyTlbLayoutShared.java",
                kvmDirtyTlb(List.of(Abi.X86_64, Abi.AARCH64)).get(0));
    }

    @Test
    void sampleWithArraysStructsAndAnAnonymousUnionOnPpc32() throws IOException {
        assertGolden("SampleLayout.java", sample().get(0));
    }

    /** The argument-less KVM commands of an interface {@code p.Kvm}. */
    @Test
    void kvmIoctlsOfAnInterface() throws IOException {
        IoctlInterface kvm = new IoctlInterface(Decls.PACKAGE, List.of("Kvm"), "kvm", List.of(
                new IoctlDecl("KVM_RUN", 0xAE, 0x80, Ioctl.Dir.NONE),
                new IoctlDecl("KVM_GET_API_VERSION", 0xAE, 0x00, Ioctl.Dir.NONE)));
        assertGolden("KvmIoctls.java",
                GeneratedSources.render(new IoctlsClassGenerator(false).generate(Planner.plan(kvm)))
                        .get(0));
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(sample().toString(), sample().toString());
        assertEquals(kvmDirtyTlb().toString(), kvmDirtyTlb().toString());
        assertEquals(mixedCompat().toString(), mixedCompat().toString());
    }

    private static void assertGolden(String name, JavaFile file) throws IOException {
        Path path = GOLDEN.resolve(name);
        assertTrue(name.startsWith(file.typeSpec().name()), name);
        String actual = OutputWriter.text(file);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(path, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, name);
    }
}
