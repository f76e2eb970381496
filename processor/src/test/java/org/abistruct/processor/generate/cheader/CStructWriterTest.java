package org.abistruct.processor.generate.cheader;

import static org.abistruct.processor.model.Decls.anonymous;
import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.abistruct.processor.model.ScalarKind.BOOL;
import static org.abistruct.processor.model.ScalarKind.CHAR16;
import static org.abistruct.processor.model.ScalarKind.DOUBLE;
import static org.abistruct.processor.model.ScalarKind.INT16;
import static org.abistruct.processor.model.ScalarKind.INT32;
import static org.abistruct.processor.model.ScalarKind.POINTER;
import static org.abistruct.processor.model.ScalarKind.UINT16;
import static org.abistruct.processor.model.ScalarKind.UINT32;
import static org.abistruct.processor.model.ScalarKind.UINT64;
import static org.abistruct.processor.model.ScalarKind.UINT8;
import static org.abistruct.processor.model.ScalarKind.ULONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.Compat;
import org.abistruct.ImplicitPadding;
import org.abistruct.processor.model.BitWidth;
import org.abistruct.processor.model.CompatPolicy;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructRef;
import org.abistruct.testing.CompileResult;
import org.abistruct.testing.CrossCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The C rendering of declarations: its exact text, and that every reference GCC accepts it. */
class CStructWriterTest {
    private final Decls decls = new Decls();
    private final StructRef header;

    CStructWriterTest() {
        StructRef pair = decls.struct("pair", member("lo", scalar(UINT32)), member("hi", scalar(UINT32)));
        StructRef choice = decls.add("choice", true, false, 8,
                member("word", scalar(UINT64)), member("bytes", array(scalar(UINT8), 8)));
        StructRef tagged = decls.add("tagged", false, true, 0, member("kind", scalar(UINT8)),
                member("value", scalar(INT32)));
        header = decls.add("header", false, false, 16,
                member("flags", scalar(UINT32)),
                member("ptr", scalar(POINTER)),
                member("size", scalar(ULONG)),
                member("grid", array(scalar(INT16), 2, 3)),
                member("pairs", array(pair, 2)),
                anonymous("u", choice, 0),
                anonymous("t", tagged, 4),
                member("ready", scalar(BOOL)),
                member("ch", scalar(CHAR16)),
                member("ratio", scalar(DOUBLE), 8),
                member("data", array(scalar(UINT8), 0)));
    }

    @Test
    void rendersReadableDefinitionsDependenciesFirst() {
        String expected = ""
                + "struct pair {\n"
                + "    uint32_t lo;\n"
                + "    uint32_t hi;\n"
                + "};\n"
                + "\n"
                + "struct header {\n"
                + "    uint32_t flags;\n"
                + "    void *ptr;\n"
                + "    unsigned long size;\n"
                + "    int16_t grid[2][3];\n"
                + "    struct pair pairs[2];\n"
                + "    union {\n"
                + "        uint64_t word;\n"
                + "        uint8_t bytes[8];\n"
                + "    } __attribute__((aligned(8)));\n"
                + "    struct {\n"
                + "        uint8_t kind;\n"
                + "        int32_t value;\n"
                + "    } __attribute__((packed, aligned(4)));\n"
                + "    _Bool ready;\n"
                + "    uint16_t ch;\n"
                + "    double ratio __attribute__((aligned(8)));\n"
                + "    uint8_t data[];\n"
                + "} __attribute__((aligned(16)));\n";
        assertEquals(expected, CStructWriter.definitions(List.of(decls.get(header)), decls.lookup()));
    }

    @Test
    void definitionRendersOneTypeOnly() {
        StructRef pair = decls.all().get(0).ref();
        assertEquals("struct pair {\n    uint32_t lo;\n    uint32_t hi;\n};\n",
                CStructWriter.definition(decls.get(pair), decls.lookup()));
    }

    @Test
    void aFlexibleArrayAloneIsGnuCsZeroLengthArray() {
        StructRef only = decls.struct("only", member("args", array(scalar(UINT64), 0)));
        String definition = CStructWriter.definition(decls.get(only), decls.lookup());
        assertEquals("struct only {\n    __extension__ uint64_t args[0];\n};\n", definition);
        String source = CStructWriter.INCLUDES + "\n" + definition
                + "_Static_assert(sizeof(struct only) == 0, \"empty\");\n";
        for (Abi abi : Abi.values()) {
            CompileResult result = CrossCompiler.require(abi).run(List.of("-std=c11",
                    "-ffreestanding", "-fsyntax-only", "-Wall", "-Wextra", "-pedantic", "-Werror"),
                    source);
            assertTrue(result.ok(), () -> abi + " rejects:\n" + source + "\n" + result.stderr());
        }
    }

    @Test
    void aFlexibleArrayAloneIsZeroLengthInTheCompatStructToo(@TempDir Path dir) throws IOException {
        StructRef only = decls.struct("ptrs", member("p", array(scalar(POINTER), 0)));
        String header = CHeaderWriter.header(decls.plan(decls.get(only),
                new CompatPolicy(Compat.GENERATE, ImplicitPadding.IGNORE), List.of()));
        int compat = header.indexOf("struct compat_ptrs {");
        assertTrue(compat >= 0 && header.indexOf(" p[0];", compat) > compat, header);
        Files.createDirectories(dir.resolve("abistruct"));
        Files.writeString(dir.resolve("abistruct/ptrs.h"), header);
        String source = "#include \"abistruct/ptrs.h\"\n"
                + "_Static_assert(sizeof(struct ptrs) == 0, \"empty\");\n";
        for (Abi abi : Abi.values()) {
            CompileResult result = CrossCompiler.require(abi).run(List.of("-std=c11",
                    "-ffreestanding", "-fsyntax-only", "-Wall", "-Wextra", "-pedantic", "-Werror",
                    "-I" + dir), source);
            assertTrue(result.ok(), () -> abi + " rejects:\n" + header + "\n" + result.stderr());
        }
    }

    @Test
    void aFlexibleArrayAfterOnlyUnnamedBitfieldsIsZeroLengthToo(@TempDir Path dir)
            throws IOException {
        // C names neither ": 0" nor ": 3", so "data" is the only named member ([] is refused).
        StructRef tail = decls.struct("tail",
                new Member("gap", "gap", scalar(UINT16), 0, false, null, new BitWidth(0, false)),
                new Member("pad", "pad", scalar(UINT32), 0, false, null, new BitWidth(3, false)),
                member("data", array(scalar(POINTER), 0)));
        String header = CHeaderWriter.header(decls.plan(decls.get(tail),
                new CompatPolicy(Compat.GENERATE, ImplicitPadding.IGNORE), List.of()));
        assertTrue(header.contains("__extension__ void *data[0];"), header);
        Files.createDirectories(dir.resolve("abistruct"));
        Files.writeString(dir.resolve("abistruct/tail.h"), header);
        for (Abi abi : Abi.values()) {
            CompileResult result = CrossCompiler.require(abi).run(List.of("-std=c11",
                    "-ffreestanding", "-fsyntax-only", "-Wall", "-Wextra", "-pedantic", "-Werror",
                    "-I" + dir), "#include \"abistruct/tail.h\"\n");
            assertTrue(result.ok(), () -> abi + " rejects:\n" + header + "\n" + result.stderr());
        }
    }

    @Test
    void everyReferenceCompilerAcceptsTheOutput() {
        String source = CStructWriter.INCLUDES + "\n"
                + CStructWriter.definitions(decls.all(), decls.lookup())
                + "\nstruct header *use_header(struct header *h) { return h; }\n";
        List<String> flags = List.of("-std=c11", "-ffreestanding", "-fsyntax-only",
                "-Wall", "-Wextra", "-pedantic", "-Werror");
        for (Abi abi : Abi.values()) {
            CompileResult result = CrossCompiler.require(abi).run(flags, source);
            assertTrue(result.ok(), () -> abi + " rejects:\n" + source + "\n" + result.stderr());
        }
    }
}
