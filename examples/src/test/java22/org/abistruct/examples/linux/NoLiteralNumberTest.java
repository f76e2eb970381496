package org.abistruct.examples.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.abistruct.Abi;
import org.abistruct.examples.vmm.KvmRegsLayout;
import org.abistruct.examples.vmm.KvmSregsLayout;
import org.abistruct.examples.vmm.KvmUserspaceMemoryRegionLayout;
import org.abistruct.examples.vmm.KvmVmIoctls;
import org.junit.jupiter.api.Test;

/**
 * The live-kernel code spells no ioctl number the generated code gives: none of them appears
 * in its sources, in hexadecimal or decimal.
 */
class NoLiteralNumberTest {
    private static final Path SOURCES = Path.of("src", "main", "java22", "org", "abistruct",
            "examples");

    @Test
    void noGeneratedIoctlNumberIsWrittenOut() throws IOException {
        Abi abi = Abi.X86_64;
        int[] numbers = {WinsizeLayout.of(abi).tiocgwinsz(), WinsizeLayout.of(abi).tiocswinsz(),
            TermiosLayout.of(abi).tcgets(), TtyIoctls.tiocgptn(abi), TtyIoctls.tiocsptlck(abi),
            TunIoctls.tunsetiff(abi), TunIoctls.tungetiff(abi), SockiosIoctls.siocgifconf(abi),
            KvmVmIoctls.kvmCreateVm(abi), KvmVmIoctls.kvmCreateVcpu(abi),
            KvmVmIoctls.kvmGetVcpuMmapSize(abi), KvmVmIoctls.kvmRun(abi),
            KvmUserspaceMemoryRegionLayout.of(abi).kvmSetUserMemoryRegion(),
            KvmRegsLayout.of(abi).kvmSetRegs(), KvmSregsLayout.of(abi).kvmGetSregs(),
            KvmSregsLayout.of(abi).kvmSetSregs()};
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
        }
        assertTrue(files.size() >= 5, "sources found: " + files);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file).toLowerCase(Locale.ROOT);
            for (int number : numbers) {
                long value = Integer.toUnsignedLong(number);
                for (String spelling : List.of("0x" + Long.toHexString(value),
                        String.format("0x%08x", value), Long.toString(value))) {
                    if (text.matches("(?s).*\\b" + spelling + "\\b.*")) {
                        found.add(file.getFileName() + ": " + spelling);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
