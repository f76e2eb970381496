package org.abistruct.examples.e500;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The e500 part of the report, checked against numbers worked out by hand. */
class E500DemoTest {

    @Test
    void printsTheE6500FlowTranslationDirtyFlowAndTheMismatch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        E500Demo.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertContains(text, "TLB0 1024 entries = 128 sets x 8 ways, TLB1 64 entries");
        assertContains(text, "array_len: 1088 entries x 24 bytes");
        assertContains(text, "= 26112");
        // 0x10003abc: set 0x10003 & 127 = 3, way 1 = entry 25; page 0x200005000 + 0xabc.
        assertContains(text, "EA 0x10003abc -> PA 0x200005abc (entry 25, 4 KiB page)");
        assertContains(text, "user changed entries [25, 1024]");
        assertContains(text, "kernel: reloaded entries [25, 1024]");
        assertContains(text, "kvm_dirty_tlb 16=16");
        assertContains(text, "struct kvm_dirty_tlb is 12 bytes under I386 (user space) but 16 bytes under X86_64");
        assertContains(text, "user access meanwhile refused");
    }

    private static void assertContains(String text, String expected) {
        assertTrue(text.contains(expected), "missing \"" + expected + "\" in:\n" + text);
    }
}
