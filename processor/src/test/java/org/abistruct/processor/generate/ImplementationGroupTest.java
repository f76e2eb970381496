package org.abistruct.processor.generate;

import static org.abistruct.processor.generate.Decls.member;
import static org.abistruct.processor.generate.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.Test;

/**
 * ABIs whose accessor code is the same share one implementation class; ABIs whose offsets,
 * sizes or byte order differ do not. The layouts named here are the C ABIs' own:
 * {@code struct { uint64_t bitmap; uint32_t num_dirty; }} is 16 bytes on X86_64 and AARCH64
 * (little-endian) and PPC64 (big-endian), 12 on I386 (where uint64_t is 4-aligned).
 */
class ImplementationGroupTest {

    private static List<JavaFile> kvmDirtyTlb(List<Abi> abis) {
        Decls decls = Decls.create();
        StructDecl decl = decls.declare("KvmDirtyTlb", "kvm_dirty_tlb", false, abis,
                member("bitmap", "bitmap", scalar(ScalarKind.UINT64)),
                member("numDirty", "num_dirty", scalar(ScalarKind.UINT32)));
        return AccessorGenerator.generate(new LaidOutStruct(decl, decls.layouts(decl),
                List.of()));
    }

    /** The classes nested in the one file of a struct, its layout interface. */
    private static List<TypeSpec> nested(List<JavaFile> files) {
        assertEquals(1, files.size());
        return files.get(0).typeSpec().typeSpecs();
    }

    private static List<String> names(List<JavaFile> files) {
        List<String> names = new ArrayList<>();
        nested(files).forEach(type -> names.add(type.name()));
        return names;
    }

    @Test
    void identicalLayoutsShareOneImplementation() {
        List<JavaFile> files = kvmDirtyTlb(List.of(Abi.X86_64, Abi.AARCH64));
        assertEquals(List.of("X86_64", "AARCH64", "X86_64_Impl"), names(files));
        List<TypeSpec> types = nested(files);
        ClassName shared = ClassName.get(Decls.PACKAGE, "KvmDirtyTlbLayout", "X86_64_Impl");
        assertEquals(shared, types.get(0).superclass());
        assertEquals(shared, types.get(1).superclass());
        assertTrue(types.get(0).methodSpecs().stream()
                .noneMatch(m -> m.name().equals("getBitmap")));
        assertTrue(types.get(2).methodSpecs().stream()
                .anyMatch(m -> m.name().equals("getBitmap")));
    }

    @Test
    void differentSizeOrByteOrderKeepsSeparateCode() {
        List<JavaFile> files = kvmDirtyTlb(List.of(Abi.X86_64, Abi.I386, Abi.PPC64));
        assertEquals(List.of("X86_64", "I386", "PPC64"), names(files));
        for (TypeSpec abiClass : nested(files)) {
            assertTrue(abiClass.methodSpecs().stream()
                    .anyMatch(m -> m.name().equals("getBitmap")), abiClass.name());
        }
    }

    @Test
    void byteOrderDoesNotSplitAStructOfBytes() {
        Decls decls = Decls.create();
        StructDecl decl = decls.declare("Flags", "flags", false, List.of(Abi.X86_64, Abi.PPC64),
                member("a", "a", scalar(ScalarKind.UINT8)),
                member("b", "b", scalar(ScalarKind.BOOL)));
        List<ImplementationGroup> groups = ImplementationGroup.of(decls.layouts(decl));
        assertEquals(1, groups.size());
        assertTrue(groups.get(0).shared());
        assertFalse(groups.get(0).byteOrderMatters());
    }

    @Test
    void sharedClassesWorkOnEachAbi() {
        List<JavaFile> files = kvmDirtyTlb(List.of(Abi.X86_64, Abi.AARCH64, Abi.PPC64,
                Abi.S390X));
        Loaded loaded = Loaded.compile(files, "KvmDirtyTlb",
                "public record KvmDirtyTlb(long bitmap, int numDirty) {}");
        assertEquals(2, names(files).stream().filter(n -> n.endsWith("_Impl")).count());
        for (String abi : List.of("X86_64", "AARCH64", "PPC64", "S390X")) {
            ByteBuffer buf = ByteBuffer.allocate(16);
            Loaded.Binding binding = loaded.binding("KvmDirtyTlbLayout$" + abi);
            binding.call("setNumDirty", buf, 0, 0x01020304);
            boolean big = abi.startsWith("PPC") || abi.equals("S390X");
            assertEquals(big ? 0x01 : 0x04, buf.get(8), abi);
            assertEquals(0x01020304, binding.call("getNumDirty", buf, 0), abi);
            assertEquals(16, binding.call("size"), abi);
            assertEquals(8, binding.constant("OFFSET_NUM_DIRTY"), abi);
        }
    }
}
