package org.abistruct.processor.generate.cheader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.Ioctl;
import org.abistruct.processor.layout.LayoutEngine;
import org.abistruct.processor.model.ArrayType;
import org.abistruct.processor.model.CType;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.IoctlDecl;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.Scalar;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.processor.model.StructRef;
import org.abistruct.processor.plan.Planner;
import org.abistruct.processor.plan.StructPlan;
import org.abistruct.testing.CompileResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header text of a struct that selects only some ABIs: exact golden text,
 * an {@code #error} naming the struct under every other compiler, and no number for an
 * ioctl whose argument is too large.
 */
class CHeaderWriterTest {
    private static final String GOLDEN = "golden.h";
    private static final Set<Abi> SELECTED = EnumSet.of(Abi.X86_64, Abi.M68K);

    private final Map<StructRef, StructDecl> decls = new LinkedHashMap<>();
    private final StructDecl word = add("Word", "word", true, Set.of(Abi.values()),
            m("u32", scalar(ScalarKind.UINT32)), m("bytes", new ArrayType(scalar(ScalarKind.UINT8), 4)));
    private final StructDecl probe = add("Probe", "probe_args", false, SELECTED,
            m("flag", scalar(ScalarKind.UINT8)),
            new Member("w", "w", word.ref(), 0, true),
            m("stamp", scalar(ScalarKind.INT64)),
            m("next", word.ref()));
    private final IoctlDecl command = new IoctlDecl("PROBE_SET", 0x42, 0x07, Ioctl.Dir.WRITE);

    @TempDir
    Path dir;

    private StructDecl add(String javaName, String cName, boolean union, Set<Abi> abis,
                           Member... members) {
        StructRef ref = new StructRef("com.example", List.of(javaName));
        StructDecl decl = new StructDecl(ref, cName, union, false, 0, abis, List.of(members), List.of());
        decls.put(ref, decl);
        return decl;
    }

    private static Member m(String name, org.abistruct.processor.model.CType type) {
        return new Member(name, name, type, 0, false);
    }

    private static Scalar scalar(ScalarKind kind) {
        return new Scalar(kind);
    }

    private String header() {
        return CHeaderWriter.header(new Planner(new LayoutEngine(decls::get)).plan(probe,
                CompatPolicy.BUILT_IN, List.of(command)));
    }

    @Test
    void headerTextIsTheReviewedGolden() throws IOException {
        String actual = header();
        Path golden = Path.of("src/test/resources/org/abistruct/processor/cheader", GOLDEN);
        if (Boolean.getBoolean("abistruct.golden.update")) {
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual);
    }

    @Test
    void otherCompilersStopAtAnErrorNamingTheStruct() {
        CHeaders headers = new CHeaders(dir, decls::get);
        String source = headers.write(word, List.of()) + headers.write(probe, List.of(command));
        Map<Abi, CompileResult> results = headers.compile(EnumSet.allOf(Abi.class),
                CHeaders.STRICT, source);
        for (Abi abi : Abi.values()) {
            CompileResult result = results.get(abi);
            if (SELECTED.contains(abi)) {
                assertTrue(result.ok(), abi + ":\n" + result.stderr());
            } else {
                assertFalse(result.ok(), abi + " accepted a header not declared for it");
                assertTrue(result.stderr().contains("#error \"abistruct: struct probe_args is"
                        + " declared for X86_64 and M68K only, not for " + abi + "\""),
                        result.stderr());
            }
        }
    }

    @Test
    void anIoctlTooLargeForTheSizeFieldHasNoHeader() {
        StructDecl big = add("Big", "big", false, Set.of(Abi.X86_64, Abi.PPC64),
                m("data", new ArrayType(scalar(ScalarKind.UINT8), 10_000)));
        IoctlDecl write = new IoctlDecl("BIG_SET", 0x42, 0x08, Ioctl.Dir.WRITE);
        StructPlan plan = new Planner(new LayoutEngine(decls::get)).plan(big,
                CompatPolicy.BUILT_IN, List.of(write));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CHeaderWriter.header(plan));
        assertEquals("BIG_SET cannot be encoded on PPC64: its argument of 10000 bytes exceeds"
                + " the 8191 bytes an ioctl number holds there", e.getMessage());
    }
}
