package org.abistruct.processor.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.generate.RandomValues;
import org.abistruct.processor.generate.cheader.CStructWriter;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.Member;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.testing.CObject;
import org.abistruct.testing.TestProperties;
import org.junit.jupiter.api.Test;

/**
 * Compares values, not offsets: each seeded random struct (bitfields, unions, arrays, anonymous
 * and embedded members, packed and aligned ones, flexible arrays, every scalar) gets a random
 * value, which GCC lays down as an initialized variable on every ABI and the generated
 * {@code write} lays down in a buffer. The bytes must be equal, and {@code read} of GCC's bytes
 * must give the value back. Tune with {@code abistruct.values.count} and
 * {@code abistruct.values.seed}.
 */
class ValueDifferentialTest {
    private static final int DEFAULT_COUNT = 200;
    private static final long DEFAULT_SEED = 0x5eed_b175L;
    private static final byte GARBAGE = 0x5a;

    @Test
    void writeLaysDownGccsBytesAndReadsThemBack() {
        int count = (int) TestProperties.number("abistruct.values.count", DEFAULT_COUNT);
        long seed = TestProperties.number("abistruct.values.seed", DEFAULT_SEED);
        System.out.println("values: seed " + seed + " (-Dabistruct.values.seed=" + seed
                + " -Dabistruct.values.count=" + count + " to repeat)");
        Decls decls = RandomDecls.generate(seed, count);
        List<StructDecl> all = decls.all();
        // A tagless type has no name in C: its values are checked inside the structs using it.
        List<StructDecl> named = all.stream().filter(d -> !d.tagless()).toList();
        List<JavaFile> files = new ArrayList<>(GeneratedSources.records(decls, all));
        Random random = new Random(seed);
        RandomValues values = new RandomValues(random, decls.lookup());
        List<String> records = new ArrayList<>();
        for (StructDecl decl : all) {
            records.add(decl.cName());
            records.add(values.recordSource(decl));
        }
        Loaded loaded = Loaded.compile(files, records.toArray(new String[0]));

        CInitializer initializer = new CInitializer(decls.lookup());
        StringBuilder source = new StringBuilder(CStructWriter.INCLUDES)
                .append(CInitializer.BYTE_ORDER).append('\n')
                .append(CStructWriter.definitions(all, decls.lookup())).append('\n');
        Map<String, Object> expected = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int bitfields = 0;
        for (StructDecl decl : named) {
            int elements = RandomValues.flexible(decl) ? random.nextInt(4) : 0;
            Object value = values.value(loaded, decl, elements);
            String name = "v_" + decl.cName();
            expected.put(name, value);
            counts.put(name, elements);
            bitfields += (int) decl.members().stream().filter(Member::bitfield).count();
            source.append(decl.cType()).append(' ').append(name).append(' ')
                    .append(CObject.IN_SECTION).append(" = ")
                    .append(initializer.of(decl, value)).append(";\n");
        }
        EnumSet<Abi> abis = EnumSet.allOf(Abi.class);
        Map<Abi, Map<String, byte[]>> gcc = CObject.variables(source.toString(), abis);

        List<String> mismatches = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        long bytes = 0;
        for (Abi abi : abis) {
            for (StructDecl decl : named) {
                String name = "v_" + decl.cName();
                byte[] theirs = gcc.get(abi).get(name);
                if (theirs == null) {
                    fail("GCC for " + abi + " emitted no " + name);
                }
                Loaded.Binding layout = loaded.binding(decl.cName() + "Layout$" + abi.name());
                int elements = counts.get(name);
                int size = RandomValues.flexible(decl) ? (int) layout.call("sizeWith", elements)
                        : (int) layout.call("size");
                ByteBuffer buffer = ByteBuffer.allocate(size);
                Arrays.fill(buffer.array(), GARBAGE);
                layout.call("write", buffer, 0, expected.get(name));
                byte[] ours = buffer.array();
                bytes += ours.length;
                String problem = compare(ours, theirs);
                if (problem == null) {
                    ByteBuffer theirBuffer = ByteBuffer.allocate(Math.max(size, theirs.length));
                    theirBuffer.put(0, theirs);
                    Object read = RandomValues.flexible(decl)
                            ? layout.call("read", theirBuffer, 0, elements)
                            : layout.call("read", theirBuffer, 0);
                    try {
                        values.assertSame(decl.ref(), expected.get(name), read, name);
                    } catch (AssertionError e) {
                        problem = "read of GCC's bytes: " + e.getMessage();
                    }
                }
                if (problem != null) {
                    mismatches.add(abi + " " + name + ": " + problem);
                    if (shown.add(decl.cName()) && shown.size() <= 3) {
                        mismatches.add(CStructWriter.definitions(List.of(decl), decls.lookup())
                                + "  ours " + hex(ours) + "\n  gcc  " + hex(theirs));
                    }
                }
            }
        }
        System.out.printf("values: %d structs (%d bitfields), %d ABIs, %d bytes compared,"
                + " %d mismatches%n", all.size(), bitfields, abis.size(), bytes,
                mismatches.size());
        assertTrue(bitfields > count / 5, "too few bitfields: " + bitfields);
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " mismatches with GCC (seed " + seed + "):\n"
                    + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
        }
    }

    /**
     * Null if the bytes agree: equal up to the shorter, and zero past it (GCC sizes a variable
     * with a flexible array as {@code sizeof} plus its elements; {@code sizeWith} as C's
     * {@code max(sizeof, offsetof(fam[count]))}).
     */
    private static String compare(byte[] ours, byte[] theirs) {
        int common = Math.min(ours.length, theirs.length);
        for (int i = 0; i < Math.max(ours.length, theirs.length); i++) {
            byte a = i < ours.length ? ours[i] : 0;
            byte b = i < theirs.length ? theirs[i] : 0;
            if (a != b) {
                return "byte " + i + " is 0x" + Integer.toHexString(a & 0xff) + ", GCC's 0x"
                        + Integer.toHexString(b & 0xff) + (i >= common ? " (past the shorter)" : "");
            }
        }
        return null;
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x ", b & 0xff));
        }
        return out.toString().trim();
    }
}
