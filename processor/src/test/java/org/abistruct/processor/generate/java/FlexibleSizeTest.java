package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.ref;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code sizeWith(count)} of structs ending in a flexible array member, on every ABI, against
 * each ABI's GCC: {@code max(sizeof(s), offsetof(s, member[count]))}. The elements are scalars
 * that begin in the tail padding, pointers, embedded structs whose size differs by ABI, and rows
 * of a two-dimensional array.
 */
class FlexibleSizeTest {
    private static final List<Abi> ABIS = List.of(Abi.values());
    private static final int[] COUNTS = {0, 1, 2, 3, 7, 100};
    private static final String C = """
            #include <stddef.h>
            #include <stdint.h>
            struct item { uint16_t a; long b; };
            struct flex16 { uint32_t n; uint8_t flag; uint16_t data[]; };
            struct flexbyte { uint64_t big; uint8_t b; uint8_t data[]; };
            struct flexptr { uint8_t tag; void *p[]; };
            struct flexitems { uint8_t tag; struct item items[]; };
            struct flexgrid { uint16_t rows; double cells[][3]; };
            struct flexonly { uint64_t args[0]; };
            """;
    /** Layout record, C struct and flexible member of each case. */
    private static final String[][] CASES = {
        {"Flex16Layout", "flex16", "data"},
        {"FlexbyteLayout", "flexbyte", "data"},
        {"FlexptrLayout", "flexptr", "p"},
        {"FlexitemsLayout", "flexitems", "items"},
        {"FlexgridLayout", "flexgrid", "cells"},
        {"FlexonlyLayout", "flexonly", "args"},
    };

    private static Loaded loaded;

    @BeforeAll
    static void generate() {
        Decls decls = new Decls();
        List<StructDecl> all = new ArrayList<>();
        all.add(decls.declare("Item", "item", false, ABIS,
                member("a", "a", scalar(ScalarKind.UINT16)),
                member("b", "b", scalar(ScalarKind.LONG))));
        all.add(decls.declare("Flex16", "flex16", false, ABIS,
                member("n", "n", scalar(ScalarKind.UINT32)),
                member("flag", "flag", scalar(ScalarKind.UINT8)),
                member("data", "data", array(scalar(ScalarKind.UINT16), 0))));
        all.add(decls.declare("Flexbyte", "flexbyte", false, ABIS,
                member("big", "big", scalar(ScalarKind.UINT64)),
                member("b", "b", scalar(ScalarKind.UINT8)),
                member("data", "data", array(scalar(ScalarKind.UINT8), 0))));
        all.add(decls.declare("Flexptr", "flexptr", false, ABIS,
                member("tag", "tag", scalar(ScalarKind.UINT8)),
                member("p", "p", array(scalar(ScalarKind.POINTER), 0))));
        all.add(decls.declare("Flexitems", "flexitems", false, ABIS,
                member("tag", "tag", scalar(ScalarKind.UINT8)),
                member("items", "items", array(ref("Item"), 0))));
        all.add(decls.declare("Flexgrid", "flexgrid", false, ABIS,
                member("rows", "rows", scalar(ScalarKind.UINT16)),
                member("cells", "cells", array(scalar(ScalarKind.DOUBLE), 0, 3))));
        all.add(decls.declare("Flexonly", "flexonly", false, ABIS,
                member("args", "args", array(scalar(ScalarKind.UINT64), 0))));
        loaded = Loaded.compile(GeneratedSources.records(decls, all),
                "Item", "public record Item(short a, long b) {}",
                "Flex16", "public record Flex16(int n, byte flag, short[] data) {}",
                "Flexbyte", "public record Flexbyte(long big, byte b, byte[] data) {}",
                "Flexptr", "public record Flexptr(byte tag, long[] p) {}",
                "Flexitems", "public record Flexitems(byte tag, Item[] items) {}",
                "Flexgrid", "public record Flexgrid(short rows, double[][] cells) {}",
                "Flexonly", "public record Flexonly(long[] args) {}");
    }

    @Test
    void sizeWithIsWhatEachAbisGccGives() {
        CProbe probe = new CProbe(C);
        for (String[] c : CASES) {
            for (int count : COUNTS) {
                String s = "struct " + c[1];
                String end = "offsetof(" + s + ", " + c[2] + "[" + count + "])";
                probe.add(c[1] + "/" + count,
                        "sizeof(" + s + ") > " + end + " ? sizeof(" + s + ") : " + end);
            }
        }
        Map<Abi, Map<String, Long>> gcc = probe.runAll(EnumSet.allOf(Abi.class));
        for (Abi abi : ABIS) {
            for (String[] c : CASES) {
                Object layout = layout(c[0], abi);
                for (int count : COUNTS) {
                    assertEquals(gcc.get(abi).get(c[1] + "/" + count).intValue(),
                            Loaded.call(layout, layout.getClass(), "sizeWith", count),
                            c[1] + " with " + count + " elements on " + abi);
                }
            }
        }
    }

    @Test
    void readNeedsExactlySizeWithBytes() {
        for (Abi abi : ABIS) {
            for (String[] c : CASES) {
                Object layout = layout(c[0], abi);
                for (int count = 0; count < 4; count++) {
                    int size = (int) Loaded.call(layout, layout.getClass(), "sizeWith", count);
                    int n = count;
                    Loaded.call(layout, layout.getClass(), "read", ByteBuffer.allocate(size), 0, n);
                    if (size == 0) {
                        continue; // flexonly with no elements: no smaller buffer exists
                    }
                    assertThrows(IndexOutOfBoundsException.class, () -> Loaded.call(layout,
                            layout.getClass(), "read", ByteBuffer.allocate(size - 1), 0, n),
                            c[1] + " with " + count + " elements on " + abi);
                }
            }
        }
    }

    @Test
    void negativeCountsAndOverflowsThrow() {
        Object layout = layout("Flex16Layout", Abi.X86_64);
        assertThrows(IndexOutOfBoundsException.class,
                () -> Loaded.call(layout, layout.getClass(), "sizeWith", -1));
        assertThrows(ArithmeticException.class,
                () -> Loaded.call(layout, layout.getClass(), "sizeWith", Integer.MAX_VALUE));
    }

    private static Object layout(String type, Abi abi) {
        return Loaded.call(null, loaded.type(type), "of", abi);
    }
}
