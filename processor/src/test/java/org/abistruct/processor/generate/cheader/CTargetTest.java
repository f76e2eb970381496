package org.abistruct.processor.generate.cheader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.Test;

/** Each ABI's preprocessor condition holds under its reference GCC and under no other. */
class CTargetTest {
    @Test
    void everyCompilerMatchesExactlyItsOwnCondition() {
        StringBuilder prelude = new StringBuilder();
        for (Abi abi : Abi.values()) {
            String macro = "TARGET_" + abi;
            prelude.append("#if ").append(CTarget.condition(abi)).append('\n')
                    .append("#define ").append(macro).append(" 1\n#else\n")
                    .append("#define ").append(macro).append(" 0\n#endif\n");
        }
        CProbe probe = new CProbe(prelude.toString()).flags("-Wundef", "-Werror");
        for (Abi abi : Abi.values()) {
            probe.add(abi.name(), "TARGET_" + abi);
        }
        Map<Abi, Map<String, Long>> matched = probe.runAll(EnumSet.allOf(Abi.class));
        for (Abi compiler : Abi.values()) {
            for (Abi condition : Abi.values()) {
                assertEquals(compiler == condition ? 1L : 0L,
                        matched.get(compiler).get(condition.name()),
                        "condition of " + condition + " under the compiler of " + compiler);
            }
        }
    }
}
