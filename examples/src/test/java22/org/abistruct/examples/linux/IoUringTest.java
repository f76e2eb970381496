package org.abistruct.examples.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.examples.uring.IoUringConstants;
import org.abistruct.examples.uring.IoUringCqe;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * io_uring against the running kernel: a no-op and a read of a real file submitted through the
 * shared rings and reaped from them; and the numbers the rings use against the x86_64 headers.
 */
class IoUringTest {
    @TempDir
    Path dir;

    @Test
    void theNumbersAreTheKernelHeaders() {
        Map<String, Long> gcc = new CProbe("""
                #define _GNU_SOURCE
                #include <asm/unistd.h>
                #include <linux/io_uring.h>
                #include <sys/mman.h>
                """)
                .add("setup", "__NR_io_uring_setup").add("enter", "__NR_io_uring_enter")
                .add("sq", "IORING_OFF_SQ_RING").add("cq", "IORING_OFF_CQ_RING / 0x100")
                .add("sqes", "IORING_OFF_SQES / 0x100").add("single", "IORING_FEAT_SINGLE_MMAP")
                .add("getevents", "IORING_ENTER_GETEVENTS").add("nop", "IORING_OP_NOP")
                .add("read", "IORING_OP_READ").add("protRead", "PROT_READ")
                .add("protWrite", "PROT_WRITE").add("shared", "MAP_SHARED")
                .add("populate", "MAP_POPULATE")
                .runAll(EnumSet.of(Abi.X86_64)).get(Abi.X86_64);
        assertEquals(gcc.get("setup"), UringSyscalls.NR_IO_URING_SETUP);
        assertEquals(gcc.get("enter"), UringSyscalls.NR_IO_URING_ENTER);
        assertEquals(gcc.get("sq"), IoUringConstants.IORING_OFF_SQ_RING);
        assertEquals(gcc.get("cq") * 0x100, IoUringConstants.IORING_OFF_CQ_RING);
        assertEquals(gcc.get("sqes") * 0x100, IoUringConstants.IORING_OFF_SQES);
        assertEquals(gcc.get("single"), IoUringConstants.IORING_FEAT_SINGLE_MMAP);
        assertEquals(gcc.get("getevents"), IoUringConstants.IORING_ENTER_GETEVENTS);
        assertEquals(gcc.get("nop"), IoUringConstants.IORING_OP_NOP);
        assertEquals(gcc.get("read"), IoUringConstants.IORING_OP_READ);
        assertEquals(gcc.get("protRead"), UringSyscalls.PROT_READ);
        assertEquals(gcc.get("protWrite"), UringSyscalls.PROT_WRITE);
        assertEquals(gcc.get("shared"), UringSyscalls.MAP_SHARED);
        assertEquals(gcc.get("populate"), UringSyscalls.MAP_POPULATE);
    }

    @Test
    void aNoOpAndAReadCompleteThroughTheRings() throws IOException {
        assumeTrue(System.getProperty("os.arch").equals("amd64"), "x86_64 numbers");
        Path file = dir.resolve("data");
        byte[] text = "abistruct reads this through io_uring\n".getBytes(StandardCharsets.US_ASCII);
        Files.write(file, text);
        try (IoUring ring = new IoUring(8); Arena arena = Arena.ofConfined()) {
            assertTrue(ring.params().sqEntries() >= 8, "sq_entries " + ring.params().sqEntries());
            IoUringCqe nop = ring.submitAndWait(IoUringConstants.IORING_OP_NOP, -1, 0, 0, 42);
            assertEquals(42, nop.userData());
            assertEquals(0, nop.res());

            int fd = LinuxCalls.open(file.toString(), 0);
            try {
                MemorySegment buffer = arena.allocate(64);
                for (int round = 0; round < 20; round++) {
                    IoUringCqe read = ring.submitAndWait(IoUringConstants.IORING_OP_READ, fd,
                            buffer.address(), 64, 100 + round);
                    assertEquals(100 + round, read.userData(), "round " + round);
                    assertEquals(text.length, read.res(), "bytes read, round " + round);
                }
                assertEquals(new String(text, StandardCharsets.US_ASCII), new String(
                        buffer.asSlice(0, text.length).toArray(ValueLayout.JAVA_BYTE),
                        StandardCharsets.US_ASCII));
            } finally {
                LinuxCalls.close(fd);
            }
            System.out.printf("live kernel: io_uring with %d entries, 1 no-op and 20 reads"
                    + " completed%n", ring.params().sqEntries());
        }
    }
}
