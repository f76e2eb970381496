package org.abistruct.examples.e500;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.abistruct.Abi;

/** One user space and one vcpu sharing a region at {@link #BASE}, for the flow tests. */
final class Flow {

    static final long BASE = 0x1000_0000L;

    final UserRegion memory;
    final KvmVcpu vcpu;
    final SwTlbUser user;

    Flow(Abi userAbi, Abi kernelAbi, FreescaleCore core, CheckMode mode, int flushThreshold) {
        this(userAbi, kernelAbi, core, mode, flushThreshold, EntryArrays.BUFFERS);
    }

    /** A flow whose entry arrays, the user's and the kernel's, are accessed through {@code arrays}. */
    Flow(Abi userAbi, Abi kernelAbi, FreescaleCore core, CheckMode mode, int flushThreshold,
         EntryArrays arrays) {
        memory = new UserRegion(BASE, SwTlbUser.regionBytes(userAbi, core), arrays);
        vcpu = new KvmVcpu(kernelAbi, 64, mode, memory, flushThreshold);
        user = SwTlbUser.layOut(userAbi, core, memory, vcpu);
    }

    Flow(Abi userAbi, Abi kernelAbi, FreescaleCore core) {
        this(userAbi, kernelAbi, core, CheckMode.KERNEL, Integer.MAX_VALUE);
    }

    /** The region's bytes from {@code address} on, read in {@code order} by the test itself. */
    ByteBuffer at(long address, ByteOrder order) {
        ByteBuffer view = memory.buffer().duplicate();
        view.position(Math.toIntExact(address - BASE));
        return view.slice().order(order);
    }
}
