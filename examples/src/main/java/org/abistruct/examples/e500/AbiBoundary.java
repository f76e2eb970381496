package org.abistruct.examples.e500;

import org.abistruct.AbiLayout;
import java.util.Objects;
import java.util.function.Function;
import org.abistruct.Abi;

/**
 * The system-call boundary between user space of one ABI and a kernel of another: a struct may
 * cross it only when both ABIs give it the same size, member offsets and byte order.
 */
public record AbiBoundary(Abi user, Abi kernel) {

    public AbiBoundary {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kernel, "kernel");
    }

    /** Whether {@code struct} (such as {@code KvmDirtyTlbLayout::of}) crosses unchanged. */
    public boolean agrees(Function<Abi, ? extends AbiLayout> struct) {
        return StructShape.of(struct.apply(user)).sameLayoutAs(StructShape.of(struct.apply(kernel)));
    }

    /**
     * Lets {@code struct} cross, or throws.
     *
     * @throws AbiMismatchException naming the struct, both ABIs and both sizes when they differ
     */
    public void require(Function<Abi, ? extends AbiLayout> struct) {
        StructShape callerShape = StructShape.of(struct.apply(user));
        StructShape kernelShape = StructShape.of(struct.apply(kernel));
        if (!callerShape.sameLayoutAs(kernelShape)) {
            throw new AbiMismatchException(callerShape, kernelShape);
        }
    }
}
