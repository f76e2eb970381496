package org.abistruct.processor.plan;

import java.util.List;
import org.abistruct.Abi;
import org.abistruct.processor.model.StructRef;

/**
 * One step of a compat conversion, at offsets relative to the struct (or array element) being
 * converted: what the converter writes, before it becomes code.
 */
public sealed interface CompatStep {
    /** Where in the destination the step starts, which orders the steps. */
    long to();

    /** {@code size} bytes copied as they are. */
    record Copy(long from, long to, long size) implements CompatStep {
        public Copy {
            if (size <= 0) {
                throw new IllegalArgumentException("copy of " + size + " bytes");
            }
        }

        /** Whether {@code next} starts where this ends, in the source and the destination. */
        boolean continuedBy(Copy next) {
            return from + size == next.from && to + size == next.to;
        }
    }

    /**
     * A flexible array's elements, copied as they are: {@code count * leaves * elementSize}
     * bytes, {@code count} known only at run time.
     */
    record CopyCount(long from, long to, long leaves, long elementSize) implements CompatStep {}

    /** {@code size} bytes of destination padding set to zero. */
    record Zero(long to, long size) implements CompatStep {
        public Zero {
            if (size <= 0) {
                throw new IllegalArgumentException("zeroing of " + size + " bytes");
            }
        }
    }

    /**
     * A pointer or C long resized between 4 and 8 bytes: widened by extension, or narrowed with a
     * range check whose message names it as {@code what}.
     */
    record Resize(long from, long to, boolean widen, boolean signed, String what)
            implements CompatStep {}

    /**
     * A bitfield of {@code width} bits moved between bit positions: from bit {@code fromBit} of
     * the byte at {@code from} to bit {@code toBit} of the byte at {@code to}, into bytes
     * already zeroed.
     */
    record Bits(long from, int fromBit, long to, int toBit, int width) implements CompatStep {}

    /**
     * The conversion of an embedded struct or union of type {@code type}, too large to inline,
     * at {@code from} and {@code to}: by that type's {@code own} converter, the method of the
     * same direction (the method of {@code viaFrom} to {@code viaTo}, the first of that type's
     * directions whose conversion is this one), or else by this converter's helper for the
     * type. {@code steps} are the conversion's, so that two calls are equal only when they
     * convert alike.
     */
    record Call(long from, long to, StructRef type, boolean own, List<CompatStep> steps,
                Abi viaFrom, Abi viaTo) implements CompatStep {
        public Call {
            steps = List.copyOf(steps);
        }
    }

    /**
     * Elements each converted by {@code body}, at the given strides: {@code count} of them, or
     * for a flexible array {@code count * leaves}, the run-time count times the leaves of one
     * element.
     */
    record Loop(long count, boolean flexible, long from, long to, long fromStride, long toStride,
                List<CompatStep> body) implements CompatStep {
        public Loop {
            body = List.copyOf(body);
        }
    }
}
