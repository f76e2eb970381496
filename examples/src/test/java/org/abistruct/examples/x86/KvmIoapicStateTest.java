package org.abistruct.examples.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.testing.CObject;
import org.abistruct.testing.CompileResult;
import org.abistruct.testing.CrossCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code struct kvm_ioapic_state} against x86's own {@code asm/kvm.h} on the three x86 ABIs:
 * its header, in assert-only mode after the kernel's, asserts every member through its path
 * ({@code redirtbl[0].fields.dest_id}); and by value, entries initialized in C through their
 * bitfields give the bytes the generated writers lay down, and read back as the same fields.
 */
class KvmIoapicStateTest {
    private static final Set<Abi> X86 = EnumSet.of(Abi.X86_64, Abi.I386, Abi.X32);
    private static Path root;

    @BeforeAll
    static void findHeaders() throws URISyntaxException {
        URL header = KvmIoapicStateTest.class.getClassLoader()
                .getResource("abistruct/kvm_ioapic_state.h");
        assertNotNull(header, "abistruct/kvm_ioapic_state.h is not on the class path");
        root = Path.of(header.toURI()).getParent().getParent();
    }

    @Test
    void theHeaderHoldsAfterTheKernelsOnEveryX86Abi() {
        String source = "#include <linux/kvm.h>\n#define ABISTRUCT_ASSERT_ONLY\n"
                + "#include \"abistruct/kvm_ioapic_state.h\"\n";
        StringBuilder failures = new StringBuilder();
        for (Abi abi : X86) {
            CrossCompiler compiler = CrossCompiler.require(abi);
            List<String> arguments = new ArrayList<>(List.of("-std=c11", "-fsyntax-only",
                    "-Wall", "-Wextra", "-Werror", "-I" + root));
            arguments.addAll(compiler.ownHeaderFlags());
            CompileResult result = compiler.run(arguments, source);
            if (!result.ok()) {
                failures.append("\n== ").append(abi).append(": ").append(result.stderr());
            }
        }
        assertEquals("", failures.toString());
        String header = read("abistruct/kvm_ioapic_state.h");
        assertTrue(header.contains("offsetof(struct kvm_ioapic_state, redirtbl[0].fields.dest_id)"),
                "the tagless members are asserted through their paths");
    }

    @Test
    void entriesSetThroughTheirBitfieldsMatchTheKernelsBytes() {
        Random random = new Random(0x10a71c);
        List<KvmIoapicRedirFields> fields = new ArrayList<>();
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i < KvmIoapicState.NUM_PINS; i++) {
            KvmIoapicRedirFields f = new KvmIoapicRedirFields((byte) random.nextInt(),
                    bits(random, 3), bits(random, 1), bits(random, 1), bits(random, 1),
                    bits(random, 1), bits(random, 1), bits(random, 1), bits(random, 7),
                    new byte[] {(byte) random.nextInt(), (byte) random.nextInt(),
                        (byte) random.nextInt(), (byte) random.nextInt()},
                    (byte) random.nextInt());
            fields.add(f);
            entries.append(String.format("[%d] = { .fields = { .vector = %d, .delivery_mode = %d,"
                    + " .dest_mode = %d, .delivery_status = %d, .polarity = %d, .remote_irr = %d,"
                    + " .trig_mode = %d, .mask = %d, .reserve = %d, .reserved = { %d, %d, %d, %d },"
                    + " .dest_id = %d } },%n", i, f.vector() & 0xff, f.deliveryMode(),
                    f.destMode(), f.deliveryStatus(), f.polarity(), f.remoteIrr(), f.trigMode(),
                    f.mask(), f.reserve(), f.reserved()[0] & 0xff, f.reserved()[1] & 0xff,
                    f.reserved()[2] & 0xff, f.reserved()[3] & 0xff, f.destId() & 0xff));
        }
        String source = "#include <linux/kvm.h>\nstruct kvm_ioapic_state state "
                + CObject.IN_SECTION + " = { .base_address = 0xfec00000, .ioregsel = 0x10,"
                + " .id = 2, .irr = 0x8001, .redirtbl = {\n" + entries + "} };\n";
        Map<Abi, Map<String, byte[]>> gcc = CObject.variables(source, X86, true);
        for (Abi abi : X86) {
            KvmIoapicStateLayout state = KvmIoapicStateLayout.of(abi);
            KvmIoapicRedirEntryLayout entry = KvmIoapicRedirEntryLayout.of(abi);
            ByteBuffer ours = ByteBuffer.allocate(state.size());
            KvmIoapicRedirEntry[] zero = new KvmIoapicRedirEntry[KvmIoapicState.NUM_PINS];
            for (int i = 0; i < zero.length; i++) {
                zero[i] = new KvmIoapicRedirEntry(0, new KvmIoapicRedirFields((byte) 0,
                        (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0, (byte) 0,
                        (byte) 0, new byte[4], (byte) 0));
            }
            state.write(ours, 0, new KvmIoapicState(0xfec00000L, 0x10, 2, 0x8001, 0, zero));
            for (int i = 0; i < KvmIoapicState.NUM_PINS; i++) {
                entry.writeFields(ours, entry.elementOffset(state.redirtblOffset(), i),
                        fields.get(i));
            }
            byte[] theirs = gcc.get(abi).get("state");
            assertArrayEquals(java.util.Arrays.copyOf(theirs, state.size()), ours.array(),
                    abi.name());
            KvmIoapicState read = state.read(ByteBuffer.wrap(theirs), 0);
            for (int i = 0; i < KvmIoapicState.NUM_PINS; i++) {
                assertFieldsEqual(fields.get(i), read.redirtbl()[i].fields(), abi + " pin " + i);
            }
        }
    }

    private static byte bits(Random random, int width) {
        return (byte) random.nextInt(1 << width);
    }

    private static void assertFieldsEqual(KvmIoapicRedirFields a, KvmIoapicRedirFields b,
                                          String where) {
        assertEquals(a.vector(), b.vector(), where);
        assertEquals(a.deliveryMode(), b.deliveryMode(), where);
        assertEquals(a.destMode(), b.destMode(), where);
        assertEquals(a.deliveryStatus(), b.deliveryStatus(), where);
        assertEquals(a.polarity(), b.polarity(), where);
        assertEquals(a.remoteIrr(), b.remoteIrr(), where);
        assertEquals(a.trigMode(), b.trigMode(), where);
        assertEquals(a.mask(), b.mask(), where);
        assertEquals(a.reserve(), b.reserve(), where);
        assertArrayEquals(a.reserved(), b.reserved(), where);
        assertEquals(a.destId(), b.destId(), where);
    }

    private static String read(String resource) {
        try {
            return java.nio.file.Files.readString(root.resolve(resource));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
