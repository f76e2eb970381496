package org.abistruct.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.abistruct.Abi;
import org.abistruct.importer.KernelHeaderImportTest.Run;
import org.abistruct.importer.plan.ImportPlan;
import org.abistruct.importer.verify.Verifier;
import org.abistruct.importer.write.OutputTree;
import org.abistruct.importer.write.SourceFiles;
import org.abistruct.testing.CrossCompiler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verification fails where a record is wrong; bad input is refused and writes nothing. */
class VerifyAndErrorsTest {
    @TempDir
    Path out;

    @BeforeEach
    void compiler() {
        CrossCompiler.require(Abi.X86_64);
    }

    @Test
    void aWrongMemberOrIoctlNumberFailsOnEveryAbi() throws IOException {
        Options options = Options.parse("--package", "com.example.tlb", "--out", out.toString(),
                "--struct", "kvm_dirty_tlb", "linux/kvm.h");
        ImportPlan plan = Importer.plan(options).plan();
        OutputTree.write(out, plan.packageName(), SourceFiles.render(plan));
        Path record = out.resolve("com/example/tlb/KvmDirtyTlb.java");
        String good = Files.readString(record);
        assertTrue(Verifier.verify(plan, out, options.headers(), List.of()).clean());

        Files.writeString(record, good.replace("@Unsigned int numDirty", "@Unsigned short numDirty"));
        assertFailsEverywhere(plan, options, "struct kvm_dirty_tlb on");

        Files.writeString(record, good.replace("nr = 0xaa", "nr = 0xab"));
        assertFailsEverywhere(plan, options, "KVM_DIRTY_TLB on");
    }

    private void assertFailsEverywhere(ImportPlan plan, Options options, String message) {
        Verifier.Report report = Verifier.verify(plan, out, options.headers(), List.of());
        assertFalse(report.clean());
        assertTrue(report.javac().isEmpty(), report.javac().toString());
        assertEquals(plan.abis(), report.failures().keySet());
        for (Map.Entry<Abi, Map<String, String>> e : report.failures().entrySet()) {
            String failure = e.getValue().get("kvm_dirty_tlb");
            assertTrue(failure != null && failure.contains(message), e.getKey() + ": " + e.getValue());
        }
    }

    @Test
    void aRecordTheProcessorRefusesIsSkippedWithItsReasonAndTheRestCompiles() throws IOException {
        Path headers = Files.createDirectories(out.resolve("include/abistruct_test"));
        Files.writeString(headers.resolve("refused.h"), """
                #include <linux/ioctl.h>
                struct refused_big { char data[20000]; };
                struct refused_embeds { struct refused_big b; int x; };
                struct refused_fine { int v; };
                #define REFUSED_BIG _IOW('x', 1, struct refused_big)
                #define REFUSED_FINE _IOW('x', 2, struct refused_fine)
                """);
        Path target = out.resolve("src");
        Run run = Run.of("--package", "com.example.refused", "--out", target.toString(),
                "--include", out.resolve("include").toString(), "abistruct_test/refused.h", "--verify");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("skipped struct refused_big: the processor refuses its record:"
                + " [AbiStructIoctlTooLarge] REFUSED_BIG"), run.out());
        assertTrue(run.out().contains("skipped ioctl REFUSED_BIG: its argument, struct refused_big,"
                + " is not imported"), run.out());
        assertTrue(run.out().contains("skipped struct refused_embeds: the processor refuses its record:"
                + " [AbiStructEmbeddedHasErrors]"), run.out());
        assertTrue(run.out().contains("imported 1 (33.3%)"), run.out());
        try (Stream<Path> listed = Files.list(target.resolve("com/example/refused"))) {
            assertEquals(List.of("RefusedFine.java", "package-info.java"),
                    listed.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aHeaderThatDoesNotCompileWritesNothing() throws IOException {
        Path target = out.resolve("src");
        Run run = Run.of("--package", "com.example.none", "--out", target.toString(),
                "linux/abistruct_no_such_header.h");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("do not compile on X86_64")
                && run.err().contains("abistruct_no_such_header.h"), run.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void aStructNotFoundWritesNothing() {
        Path target = out.resolve("src");
        Run run = Run.of("--package", "com.example.none", "--out", target.toString(),
                "--struct", "kvm_abistruct_missing", "linux/kvm.h");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no struct or union kvm_abistruct_missing in linux/kvm.h"), run.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(out.resolve("file"), "x");
        Run run = Run.of("--package", "com.example.none", "--out", file.toString(), "linux/kvm.h");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is a file"), run.err());
        try (Stream<Path> listed = Files.list(out)) {
            assertEquals(List.of(file), listed.toList());
        }
    }
}
