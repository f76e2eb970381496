package org.abistruct.importer.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.importer.model.Macro;

/**
 * The values of a header's macros on one ABI: each macro's own, and for an ioctl macro its type
 * byte and number ({@code _IOC_TYPE}, {@code _IOC_NR}) under the keys {@code NAME#type} and
 * {@code NAME#nr}.
 */
public final class MacroValues {
    private MacroValues() {}

    public static Map<String, ValueProbe.Value> evaluate(Toolchain toolchain, List<String> headers,
                                                         List<Macro> macros) {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (Macro m : macros) {
            expressions.put(m.name(), m.name());
            if (m.body().startsWith("_IO")) {
                expressions.put(m.name() + "#type", "_IOC_TYPE(" + m.name() + ")");
                expressions.put(m.name() + "#nr", "_IOC_NR(" + m.name() + ")");
            }
        }
        return ValueProbe.evaluate(toolchain, headers, expressions);
    }
}
