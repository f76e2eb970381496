package org.abistruct.processor.generate.java;

import static org.abistruct.processor.model.Decls.array;
import static org.abistruct.processor.model.Decls.member;
import static org.abistruct.processor.model.Decls.scalar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.generate.GeneratedSources;
import org.abistruct.processor.generate.Loaded;
import org.abistruct.processor.model.Decls;
import org.abistruct.processor.model.ScalarKind;
import org.abistruct.processor.model.StructDecl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole array of pointers, {@code struct ptrs { void *p[2][2]; long l[3]; }}, through the
 * generated accessors: on I386 each is 4 bytes, and a value that does not fit one refuses the
 * whole array before any byte is written; on X86_64 every long fits.
 */
class WordArrayTest {
    private static Loaded loaded;

    @BeforeAll
    static void generate() {
        Decls decls = new Decls();
        StructDecl decl = decls.declare("Ptrs", "ptrs", false, List.of(Abi.X86_64, Abi.I386),
                member("p", "p", array(scalar(ScalarKind.POINTER), 2, 2)),
                member("l", "l", array(scalar(ScalarKind.LONG), 3)));
        loaded = Loaded.compile(GeneratedSources.records(decls.plan(decl)), "Ptrs",
                "public record Ptrs(long[][] p, long[] l) {}");
    }

    @Test
    void aPointerThatDoesNotFitRefusesTheWholeArray() {
        Loaded.Binding i386 = loaded.binding("PtrsLayout$I386");
        ByteBuffer buf = ByteBuffer.allocate(28);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> i386.call("setP", buf, 0, new long[][] {{1, 2}, {1L << 32, 4}}));
        assertEquals("p: 0x100000000 does not fit a 4-byte void *", e.getMessage());
        assertArrayEquals(new byte[28], buf.array());
        i386.call("setL", buf, 0, new long[] {-1, 2, Integer.MIN_VALUE});
        assertThrows(IllegalArgumentException.class,
                () -> i386.call("setL", buf, 0, new long[] {1, 2, 1L << 31}));
        assertArrayEquals(new long[] {-1, 2, Integer.MIN_VALUE},
                (long[]) i386.call("getL", buf, 0));
    }

    @Test
    void wordsLandWhereTheElementAccessorsPutThem() {
        // On I386, p[i][j] is at (i * 2 + j) * 4, little-endian; l follows at 16.
        Loaded.Binding i386 = loaded.binding("PtrsLayout$I386");
        ByteBuffer buf = ByteBuffer.allocate(28);
        i386.call("setP", buf, 0, new long[][] {{1, 2}, {3, 0xFFFF_FFFFL}});
        assertEquals(3L, i386.call("getP", buf, 0, 1, 0));
        assertEquals(0xFFFF_FFFFL, i386.call("getP", buf, 0, 1, 1));
        assertEquals(2, buf.get(4));
        assertEquals(-1, buf.getInt(12));
        Loaded.Binding x86 = loaded.binding("PtrsLayout$X86_64");
        ByteBuffer wide = ByteBuffer.allocate(56);
        x86.call("setP", wide, 0, new long[][] {{1L << 40, 2}, {3, -1}});
        assertArrayEquals(new long[] {3, -1}, ((long[][]) x86.call("getP", wide, 0))[1]);
        assertEquals(1L << 40, x86.call("getP", wide, 0, 0, 0));
    }
}
