package org.abistruct.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.abistruct.Abi;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Constants read back through each reference compiler's assembly. */
class CProbeTest {
    @Test
    void readsConstantExpressionsUnderEveryAbi() {
        CProbe probe = new CProbe("struct pair { char c; int i; };")
                .add("arith", "6 * 7")
                .add("char", "sizeof(char)")
                .add("long_is_pointer", "sizeof(long) == sizeof(void *)")
                .add("pair_size_vs_int", "sizeof(struct pair) >= sizeof(int) + 1")
                .add("big", "300000");
        Map<Abi, Map<String, Long>> all = probe.runAll(EnumSet.allOf(Abi.class));
        assertEquals(Abi.values().length, all.size());
        for (Map<String, Long> values : all.values()) {
            assertEquals(42L, values.get("arith"));
            assertEquals(1L, values.get("char"));
            assertEquals(1L, values.get("long_is_pointer"));
            assertEquals(1L, values.get("pair_size_vs_int"));
            assertEquals(300000L, values.get("big"));
        }
    }

    @Test
    void pointerWidthFollowsTheTarget() {
        CProbe probe = new CProbe("").add("ptr", "sizeof(void *)");
        assertEquals(8L, probe.run(CrossCompiler.require(Abi.S390X)).get("ptr"));
        assertEquals(4L, probe.run(CrossCompiler.require(Abi.X32)).get("ptr"));
    }

    @Test
    void keepsThousandsOfProbesApart() {
        CProbe probe = new CProbe("");
        for (int i = 0; i < 5000; i++) {
            probe.add("p" + i, i + " * 3");
        }
        Map<String, Long> values = probe.run(CrossCompiler.require(Abi.M68K));
        for (int i = 0; i < 5000; i++) {
            assertEquals(3L * i, values.get("p" + i));
        }
    }

    @Test
    void compilesAgainstKernelHeadersWhenHosted() {
        CProbe probe = new CProbe("#include <linux/types.h>")
                .freestanding(false)
                .add("u64", "sizeof(__u64)")
                .add("u16", "_Alignof(__u16)");
        for (Map<String, Long> values : probe.runAll(EnumSet.allOf(Abi.class)).values()) {
            assertEquals(8L, values.get("u64"));
            assertEquals(2L, values.get("u16"));
        }
    }

    @Test
    void reportsCompileErrors() {
        CProbe probe = new CProbe("").add("bad", "sizeof(struct nowhere)");
        AssertionError e = assertThrows(AssertionError.class,
                () -> probe.run(CrossCompiler.require(Abi.X86_64)));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void missingCompilerStopsTheWholeRun() {
        CProbe probe = new CProbe("").add("one", "1");
        ToolEnvironment ci = new ToolEnvironment(Map.of("PATH", "", "CI", "true"));
        assertThrows(AssertionFailedError.class, () -> probe.runAll(EnumSet.allOf(Abi.class), ci));
        ToolEnvironment local = new ToolEnvironment(Map.of("PATH", ""));
        assertThrows(TestAbortedException.class, () -> probe.runAll(EnumSet.allOf(Abi.class), local));
    }

    @Test
    void rejectsDuplicateNames() {
        CProbe probe = new CProbe("").add("x", "1");
        assertThrows(IllegalArgumentException.class, () -> probe.add("x", "2"));
    }
}
