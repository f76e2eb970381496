package org.abistruct.examples.uring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.abistruct.Abi;
import org.abistruct.AbiLayout;
import org.abistruct.testing.CProbe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The io_uring structs imported from {@code linux/io_uring.h} against that header of every ABI:
 * each struct's size and the offset of every member the live examples use, by GCC.
 */
class IoUringLayoutTest {
    private static final Map<String, List<String>> MEMBERS = new LinkedHashMap<>();

    static {
        MEMBERS.put("io_uring_params", List.of("sq_entries", "cq_entries", "flags",
                "sq_thread_cpu", "sq_thread_idle", "features", "wq_fd", "resv", "sq_off",
                "cq_off"));
        MEMBERS.put("io_sqring_offsets", List.of("head", "tail", "ring_mask", "ring_entries",
                "flags", "dropped", "array", "resv1", "resv2"));
        MEMBERS.put("io_cqring_offsets", List.of("head", "tail", "ring_mask", "ring_entries",
                "overflow", "cqes", "flags", "resv1", "resv2"));
        MEMBERS.put("io_uring_sqe", List.of("opcode", "flags", "ioprio", "fd", "off", "addr",
                "len", "rw_flags", "user_data", "buf_index", "personality", "splice_fd_in",
                "addr3", "__pad2"));
        MEMBERS.put("io_uring_cqe", List.of("user_data", "res", "flags"));
    }

    private static Map<Abi, Map<String, Long>> gcc;

    @BeforeAll
    static void probe() {
        CProbe probe = new CProbe("#include <linux/io_uring.h>\n").ownHeadersOnly();
        MEMBERS.forEach((struct, members) -> {
            probe.add(struct, "sizeof(struct " + struct + ")");
            for (String member : members) {
                probe.add(struct + "." + member,
                        "__builtin_offsetof(struct " + struct + ", " + member + ")");
            }
        });
        gcc = probe.runAll(EnumSet.allOf(Abi.class));
    }

    @Test
    void declaredLayoutsAreTheKernelsOnEveryAbi() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Abi abi : Abi.values()) {
            Map<String, AbiLayout> layouts = Map.of(
                    "io_uring_params", IoUringParamsLayout.of(abi),
                    "io_sqring_offsets", IoSqringOffsetsLayout.of(abi),
                    "io_cqring_offsets", IoCqringOffsetsLayout.of(abi),
                    "io_uring_sqe", IoUringSqeLayout.of(abi),
                    "io_uring_cqe", IoUringCqeLayout.of(abi));
            for (Map.Entry<String, List<String>> struct : MEMBERS.entrySet()) {
                AbiLayout layout = layouts.get(struct.getKey());
                Map<String, Long> facts = gcc.get(abi);
                compared++;
                if (facts.get(struct.getKey()) != layout.size()) {
                    mismatches.add(struct.getKey() + " on " + abi + ": size");
                }
                for (String member : struct.getValue()) {
                    compared++;
                    long expected = facts.get(struct.getKey() + "." + member);
                    if (expected != layout.offsets().get(member)) {
                        mismatches.add(struct.getKey() + "." + member + " on " + abi);
                    }
                }
            }
        }
        System.out.printf("io_uring structs: %d numbers compared with GCC, %d mismatches%n",
                compared, mismatches.size());
        assertEquals(List.of(), mismatches);
    }
}
