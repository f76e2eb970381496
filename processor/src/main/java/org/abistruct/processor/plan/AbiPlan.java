package org.abistruct.processor.plan;

import java.util.List;
import java.util.Objects;
import org.abistruct.Abi;
import org.abistruct.processor.layout.IoctlNumber;
import org.abistruct.processor.layout.StructLayout;

/**
 * A struct under one ABI: its layout, its members flattened through anonymous members, the
 * bytes {@code write} zeroes, the numbers of its ioctls (parallel to the plan's ioctls) and
 * the size of a pointer and of a C {@code long}.
 */
public record AbiPlan(StructLayout layout, List<MemberSlot> slots, List<ByteRange> zeroed,
                      List<IoctlNumber> ioctlNumbers, int wordSize) {
    public AbiPlan {
        Objects.requireNonNull(layout, "layout");
        slots = List.copyOf(slots);
        zeroed = List.copyOf(zeroed);
        ioctlNumbers = List.copyOf(ioctlNumbers);
    }

    public Abi abi() {
        return layout.abi();
    }
}
