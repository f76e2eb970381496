package org.abistruct.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.examples.e500.E500Demo;
import org.abistruct.examples.kvm.KvmBook3e206TlbEntryLayout;
import org.abistruct.examples.kvm.KvmBook3e206TlbParamsLayout;
import org.abistruct.examples.kvm.KvmConfigTlbLayout;
import org.abistruct.examples.kvm.KvmDirtyTlbLayout;
import org.abistruct.examples.kvm.KvmEnableCapLayout;

/**
 * The main job: the layout of each e500/KVM struct under every ABI, pahole-style, from the
 * generated bindings (ABIs that lay a struct out identically share one listing), then the e500
 * shared TLB driven end to end through them.
 */
public final class Report {
    /** The structs of the report, each by the generated {@code of(Abi)} of its layouts. */
    static final List<Function<Abi, AbiLayout>> STRUCTS = List.of(
            KvmConfigTlbLayout::of,
            KvmDirtyTlbLayout::of,
            KvmBook3e206TlbEntryLayout::of,
            KvmBook3e206TlbParamsLayout::of,
            KvmEnableCapLayout::of);

    private Report() {}

    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        out.printf("abistruct layout report: %d e500/KVM structs under %d ABIs%n%n",
                STRUCTS.size(), Abi.values().length);
        printSizeTable(out);
        for (Function<Abi, AbiLayout> struct : STRUCTS) {
            printStruct(out, struct);
        }
        E500Demo.print(out);
    }

    private static void printSizeTable(PrintStream out) {
        out.printf("%-26s", "size/align");
        for (Abi abi : Abi.values()) {
            out.printf(" %8s", abi.name());
        }
        out.println();
        for (Function<Abi, AbiLayout> struct : STRUCTS) {
            out.printf("%-26s", struct.apply(Abi.X86_64).cName());
            for (Abi abi : Abi.values()) {
                AbiLayout layout = struct.apply(abi);
                out.printf(" %8s", layout.size() + "/" + layout.alignment());
            }
            out.println();
        }
        out.println();
    }

    private static void printStruct(PrintStream out, Function<Abi, AbiLayout> struct) {
        Map<String, List<Abi>> byLayout = new LinkedHashMap<>();
        for (Abi abi : Abi.values()) {
            byLayout.computeIfAbsent(struct.apply(abi).describe(), k -> new ArrayList<>())
                    .add(abi);
        }
        out.printf("== %s: %s%n", struct.apply(Abi.X86_64).cName(), byLayout.size() == 1
                ? "one layout on every ABI"
                : byLayout.size() + " different layouts");
        for (Map.Entry<String, List<Abi>> group : byLayout.entrySet()) {
            out.println("-- " + join(group.getValue()));
            out.println(group.getKey());
        }
        out.println(struct.apply(Abi.X86_64).compatReport());
    }

    private static String join(List<Abi> abis) {
        List<String> names = new ArrayList<>();
        abis.forEach(abi -> names.add(abi.name()));
        return String.join(", ", names);
    }
}
