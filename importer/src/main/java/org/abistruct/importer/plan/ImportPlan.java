package org.abistruct.importer.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.abistruct.Abi;

/**
 * Everything an import writes: the package's records, ioctl interfaces and constants classes,
 * the ABIs whose GCC compiled the headers (and why the others did not), and what was skipped.
 *
 * @param interfaces the commands without a struct argument, by interface simple name
 */
public record ImportPlan(String packageName, List<String> headers, Abi primary, Set<Abi> abis,
                         Map<Abi, String> missing, List<RecordPlan> records,
                         Map<String, List<IoctlPlan>> interfaces, List<ConstantsPlan> constants,
                         List<Skipped> skipped) {
    /** A struct, union or macro not imported, and why. */
    public record Skipped(String name, String reason) {}
}
