package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.generate.RandomValues;
import org.abistruct.processor.layout.RandomDecls;
import org.abistruct.processor.layout.StructLayout;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.plan.StructPlan;
import org.junit.jupiter.api.Test;

/**
 * One layout record serves every ABI: each ABI's constant carries its own numbers and the
 * accessors, written once, follow them. The layouts named here are the C ABIs' own:
 * {@code struct { uint64_t bitmap; uint32_t num_dirty; }} is 16 bytes with 4 bytes of tail
 * padding on X86_64 and AARCH64 (little-endian) and PPC64 and S390X (big-endian), 12 bytes
 * with none on I386 (where uint64_t is 4-aligned); {@code num_dirty} is at 8 on all.
 */
class LayoutRecordTest {
    private static final List<Abi> ABIS =
            List.of(Abi.X86_64, Abi.I386, Abi.PPC64, Abi.AARCH64, Abi.S390X);

    private static List<JavaFile> kvmDirtyTlb() {
        return GeneratedSources.records(kvmDirtyTlbPlan());
    }

    private static StructPlan kvmDirtyTlbPlan() {
        Decls decls = new Decls();
        StructDecl decl = decls.declare("KvmDirtyTlb", "kvm_dirty_tlb", false, ABIS,
                member("bitmap", "bitmap", scalar(ScalarKind.UINT64)),
                member("numDirty", "num_dirty", scalar(ScalarKind.UINT32)));
        return decls.plan(decl);
    }

    @Test
    void eachAbiConstantCarriesItsOwnNumbers() {
        Loaded loaded = Loaded.compile(kvmDirtyTlb(), "KvmDirtyTlb",
                "public record KvmDirtyTlb(long bitmap, int numDirty) {}");
        for (Abi abi : ABIS) {
            boolean narrow = abi == Abi.I386;
            boolean big = abi == Abi.PPC64 || abi == Abi.S390X;
            Loaded.Binding layout = loaded.binding("KvmDirtyTlbLayout$" + abi.name());
            assertEquals(narrow ? 12 : 16, layout.call("size"), abi.name());
            assertEquals(8, layout.call("numDirtyOffset"), abi.name());
            assertEquals(big, layout.call("bigEndian"), abi.name());
            assertEquals(abi, layout.call("abi"));

            ByteBuffer buf = ByteBuffer.allocate(20);
            for (int i = 0; i < buf.limit(); i++) {
                buf.put(i, (byte) 0xFF);
            }
            layout.call("setNumDirty", buf, 0, 0x01020304);
            assertEquals(big ? 0x01 : 0x04, buf.get(8), abi.name());
            assertEquals(0x01020304, layout.call("getNumDirty", buf, 0), abi.name());
            layout.call("write", buf, 0, loaded.record("KvmDirtyTlb", 7L, 9));
            // Tail padding is zeroed where the ABI has it; past the struct nothing is touched.
            assertEquals(narrow ? (byte) 0xFF : 0, buf.get(12), abi.name());
            assertEquals((byte) 0xFF, buf.get(16), abi.name());
        }
    }

    @Test
    void compiledTextsAreTheRenderedOnes() {
        StructPlan struct = kvmDirtyTlbPlan();
        Loaded loaded = Loaded.compile(GeneratedSources.records(struct), "KvmDirtyTlb",
                "public record KvmDirtyTlb(long bitmap, int numDirty) {}");
        String report = CompatReportText.of(struct);
        assertTrue(report.contains("\n    I386 -> X86_64: "), report);
        for (StructLayout layout : struct.layouts()) {
            Loaded.Binding constant = loaded.binding("KvmDirtyTlbLayout$" + layout.abi().name());
            assertEquals(PaholeText.of(layout), constant.call("describe"), layout.abi().name());
            assertEquals(report, constant.call("compatReport"), layout.abi().name());
        }
    }

    @Test
    void abisWithTheSameNumbersShareTheFirstOnesConstant() {
        Map<String, String> fields = fields(kvmDirtyTlb());
        // X86_64, AARCH64, PPC64 and S390X have the same numbers; I386 its own. Each text and
        // padding is then spelled once, in its constant.
        assertEquals(List.of("LINES", "X86_64", "I386", "PPC64", "AARCH64", "S390X", "LAYOUTS",
                "MEMBERS", "COMPAT_REPORT"), List.copyOf(fields.keySet()));
        assertEquals("X86_64.like(org.abistruct.Abi.PPC64)", fields.get("PPC64"));
        assertEquals("X86_64.like(org.abistruct.Abi.AARCH64)", fields.get("AARCH64"));
        assertTrue(fields.get("I386").startsWith("new p.KvmDirtyTlbLayout(org.abistruct.Abi.I386,"),
                fields.get("I386"));
    }

    @Test
    void aValueTwoConstantsSpellOutIsAConstantOfItsOwn() {
        // struct { int32_t a; int16_t b; void *p; }: a 2-byte hole at 6 on X86_64 (16 bytes)
        // and on I386 (12 bytes), two constants of one padding.
        Decls decls = new Decls();
        StructDecl decl = decls.declare("Three", "three", false, List.of(Abi.X86_64, Abi.I386),
                member("a", "a", scalar(ScalarKind.INT32)),
                member("b", "b", scalar(ScalarKind.INT16)),
                member("p", "p", scalar(ScalarKind.POINTER)));
        Map<String, String> fields = fields(GeneratedSources.records(decls.plan(decl)));
        assertEquals(List.of("LINES", "X86_64_PADDING", "X86_64", "I386", "LAYOUTS", "MEMBERS",
                "COMPAT_REPORT"), List.copyOf(fields.keySet()));
        assertEquals("org.abistruct.runtime.PaddingBytes.of(6, 2)", fields.get("X86_64_PADDING"));
        assertTrue(fields.get("I386").contains("X86_64_PADDING"), fields.get("I386"));
    }

    /** The fields of the first file's type, by name, with their initializers. */
    private static Map<String, String> fields(List<JavaFile> files) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldSpec field : files.get(0).typeSpec().fieldSpecs()) {
            fields.put(field.name(), field.initializer().toString().replace("\n", " "));
        }
        return fields;
    }

    @Test
    void everyAbiConstantDescribesItsLayoutAsPaholeTextDoes() {
        Decls decls = RandomDecls.generate(29, 120);
        List<StructDecl> all = decls.all();
        RandomValues values = new RandomValues(new Random(29), decls.lookup());
        List<String> records = new ArrayList<>();
        for (StructDecl decl : all) {
            records.add(decl.cName());
            records.add(values.recordSource(decl));
        }
        Loaded loaded = Loaded.compile(GeneratedSources.records(decls, all),
                records.toArray(new String[0]));
        int holes = 0;
        for (StructDecl decl : all) {
            for (StructLayout layout : decls.layouts(decl)) {
                String text = PaholeText.of(layout);
                holes += text.contains("XXX") ? 1 : 0;
                assertEquals(text, loaded.binding(decl.cName() + "Layout$"
                        + layout.abi().name()).call("describe"), decl.cName() + " " + layout.abi());
            }
        }
        assertTrue(holes > 50, "too few layouts with holes: " + holes);
    }
}
