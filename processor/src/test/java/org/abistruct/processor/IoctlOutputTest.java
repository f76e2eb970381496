package org.abistruct.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.abistruct.Abi;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
import org.abistruct.Ioctl;
import org.abistruct.processor.diag.Sources;
import org.abistruct.processor.generate.GeneratedFile;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.cheader.CHeaderGenerator;
import org.abistruct.processor.generate.cheader.IoctlsHeaderGenerator;
import org.abistruct.processor.generate.java.IoctlsClassGenerator;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.IoctlInterface;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.InterfacePlan;
import org.abistruct.processor.plan.Planner;
import org.abistruct.processor.plan.StructPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

/**
 * What the processor emits for ioctls: the commands read in declaration order, the C headers
 * written to the class output exactly as the header writers render the declarations written
 * out by hand here, and the class of an interface's commands.
 */
class IoctlOutputTest {
    private static final IoctlDecl DIRTY = new IoctlDecl("KVM_DIRTY_TLB", 0xAE, 0xaa, Ioctl.Dir.WRITE);
    private static final IoctlDecl PEEK = new IoctlDecl("KVM_PEEK_TLB", 0xAE, 0xab, Ioctl.Dir.READ);
    private static final IoctlDecl RUN = new IoctlDecl("KVM_RUN", 0xAE, 0x80, Ioctl.Dir.NONE);
    private static final IoctlDecl VERSION = new IoctlDecl("KVM_GET_API_VERSION", 0xAE, 0x00,
            Ioctl.Dir.NONE);

    private static final JavaFileObject STRUCT = Sources.of("KvmDirtyTlb",
            "@AbiStruct(abis = {Abi.PPC32, Abi.X86_64, Abi.I386}, compat = Compat.GENERATE,",
            "    implicitPadding = ImplicitPadding.IGNORE)",
            "@Ioctl(name = \"KVM_DIRTY_TLB\", type = 0xAE, nr = 0xaa, dir = Ioctl.Dir.WRITE)",
            "@Ioctl(name = \"KVM_PEEK_TLB\", type = 0xAE, nr = 0xab, dir = Ioctl.Dir.READ)",
            "public record KvmDirtyTlb(@Unsigned long bitmap, @Unsigned int numDirty) {}");
    private static final JavaFileObject KVM = Sources.of("Kvm",
            "@Ioctl(name = \"KVM_RUN\", type = 0xAE, nr = 0x80, dir = Ioctl.Dir.NONE)",
            "@Ioctl(name = \"KVM_GET_API_VERSION\", type = 0xAE, nr = 0x00, dir = Ioctl.Dir.NONE)",
            "public interface Kvm {}");

    /** {@code struct kvm_dirty_tlb} as the reader should model it. */
    private static StructDecl kvmDirtyTlb() {
        return new StructDecl(new StructRef("p", List.of("KvmDirtyTlb")), "kvm_dirty_tlb", false,
                false, 0, Set.of(Abi.X86_64, Abi.I386, Abi.PPC32),
                List.of(new Member("bitmap", "bitmap", new Scalar(ScalarKind.UINT64), 0, false),
                        new Member("numDirty", "num_dirty", new Scalar(ScalarKind.UINT32), 0, false)),
                List.of());
    }

    @Test
    void structIoctlsReachTheGeneratorInDeclarationOrder() {
        List<StructPlan> given = new ArrayList<>();
        Compilation c = Sources.compile(new AbiStructProcessor(struct -> {
            given.add(struct);
            return List.of();
        }), STRUCT);
        assertThat(c).succeededWithoutWarnings();
        assertEquals(1, given.size());
        assertEquals(kvmDirtyTlb(), given.get(0).decl());
        assertEquals(List.of(DIRTY, PEEK), given.get(0).ioctls());
    }

    @Test
    void structHeaderIsWrittenToTheClassOutput() throws IOException {
        structOutputs(17, false);
    }

    /** At release 22 the layout record also has its MemorySegment accessors. */
    @Test
    @EnabledForJreRange(min = JRE.JAVA_22)
    void structOutputsAtRelease22HaveTheSegmentAccessors() throws IOException {
        structOutputs(22, true);
    }

    private static void structOutputs(int release, boolean foreign) throws IOException {
        Compilation c = Sources.compileAt(release, STRUCT);
        assertThat(c).succeededWithoutWarnings();
        StructPlan plan = new Planner(new LayoutEngine(ref -> null)).plan(kvmDirtyTlb(),
                new CompatPolicy(Compat.GENERATE, ImplicitPadding.IGNORE), List.of(DIRTY, PEEK));
        GeneratedFile.Resource header = (GeneratedFile.Resource)
                new CHeaderGenerator().generate(plan).get(0);
        assertEquals("abistruct/kvm_dirty_tlb.h", header.path());
        assertEquals(header.text(), resource(c, header.path()));
        JavaFile layout = GeneratedSources.records(plan, foreign).get(0);
        assertEquals(OutputWriter.text(layout), c.generatedSourceFile("p.KvmDirtyTlbLayout").orElseThrow()
                .getCharContent(false).toString());
    }

    @Test
    void interfaceGetsAClassOfNumbersAndAHeader() throws IOException {
        Compilation c = Sources.compileAt(17, KVM);
        assertThat(c).succeededWithoutWarnings();
        InterfacePlan kvm = Planner.plan(
                new IoctlInterface("p", List.of("Kvm"), "kvm", List.of(RUN, VERSION)));
        GeneratedFile.Resource header = (GeneratedFile.Resource)
                new IoctlsHeaderGenerator().generate(kvm).get(0);
        assertEquals("abistruct/kvm_ioctls.h", header.path());
        assertEquals(header.text(), resource(c, header.path()));
        assertEquals(OutputWriter.text(GeneratedSources.render(
                        new IoctlsClassGenerator(false).generate(kvm)).get(0)),
                c.generatedSourceFile("p.KvmIoctls").orElseThrow().getCharContent(false).toString());
    }

    @Test
    void nestedInterfaceIsNamedAfterItsEnclosingTypes() {
        JavaFileObject src = Sources.of("Devices", "public class Devices {",
                "    @Ioctl(name = \"SND_RESET\", type = 0x41, nr = 0x01, dir = Ioctl.Dir.NONE)",
                "    public interface SoundCard {}", "}");
        Compilation c = Sources.compile(src);
        assertThat(c).succeededWithoutWarnings();
        assertThat(c).generatedSourceFile("p.Devices_SoundCardIoctls");
        assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "",
                "abistruct/devices_sound_card_ioctls.h");
    }

    private static String resource(Compilation c, String path) throws IOException {
        return c.generatedFile(StandardLocation.CLASS_OUTPUT, "", path).orElseThrow()
                .getCharContent(false).toString();
    }
}
