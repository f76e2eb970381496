package org.abistruct.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.abistruct.Abi;
import org.abistruct.Ioctl;
import org.abistruct.processor.diag.Sources;
import org.abistruct.processor.generate.AccessorGenerator;
import org.abistruct.processor.generate.CHeaderWriter;
import org.abistruct.processor.generate.IoctlsClassWriter;
import org.abistruct.processor.generate.IoctlsHeaderWriter;
import org.abistruct.processor.generate.LaidOutStruct;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.IoctlInterface;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.junit.jupiter.api.Test;

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
        List<LaidOutStruct> given = new ArrayList<>();
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
        Compilation c = Sources.compile(STRUCT);
        assertThat(c).succeededWithoutWarnings();
        StructDecl decl = kvmDirtyTlb();
        LayoutEngine engine = new LayoutEngine(ref -> null);
        Map<Abi, StructLayout> layouts = new EnumMap<>(Abi.class);
        for (Abi abi : decl.abis()) {
            layouts.put(abi, engine.layout(decl, abi));
        }
        String expected = CHeaderWriter.header(decl, layouts, List.of(DIRTY, PEEK), ref -> null);
        assertEquals(expected, resource(c, "abistruct/kvm_dirty_tlb.h"));
        JavaFile layout = AccessorGenerator.generate(new LaidOutStruct(decl,
                List.copyOf(layouts.values()), List.of(DIRTY, PEEK))).get(0);
        assertEquals(layout.toString(), c.generatedSourceFile("p.KvmDirtyTlbLayout").orElseThrow()
                .getCharContent(false).toString());
    }

    @Test
    void interfaceGetsAClassOfNumbersAndAHeader() throws IOException {
        Compilation c = Sources.compile(KVM);
        assertThat(c).succeededWithoutWarnings();
        IoctlInterface kvm = new IoctlInterface("p", List.of("Kvm"), "kvm", List.of(RUN, VERSION));
        assertEquals(IoctlsHeaderWriter.header(kvm), resource(c, "abistruct/kvm_ioctls.h"));
        assertEquals(IoctlsClassWriter.generate(kvm).toString(),
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
