package org.abistruct.processor.layout;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import org.abistruct.Abi;
import org.abistruct.processor.model.IoctlDecl;

/**
 * The number of one ioctl under one ABI: an unsigned 32-bit value carried in a {@code long}, or
 * none when the argument is larger than the ABI's size field holds (the C macros would silently
 * carry such a size into the direction bits).
 *
 * @param argumentSize the size encoded, 0 for a command without an argument
 * @param maxArgumentSize the largest size this ABI's encoding holds
 * @param number the value, 0 to 2^32 - 1; empty when the argument does not fit
 */
public record IoctlNumber(
        Abi abi, IoctlDecl ioctl, long argumentSize, long maxArgumentSize, OptionalLong number) {

    public IoctlNumber {
        Objects.requireNonNull(abi, "abi");
        Objects.requireNonNull(ioctl, "ioctl");
        Objects.requireNonNull(number, "number");
        if (number.isPresent() && (number.getAsLong() < 0 || number.getAsLong() > 0xffff_ffffL)) {
            throw new IllegalArgumentException(ioctl.name() + ": " + number + " is not 32 bits");
        }
        if (number.isPresent() == argumentSize > maxArgumentSize) {
            throw new IllegalArgumentException(ioctl.name() + ": size " + argumentSize
                    + " against maximum " + maxArgumentSize);
        }
    }

    static IoctlNumber of(Abi abi, IoctlDecl ioctl, long size, long max, long value) {
        return new IoctlNumber(abi, ioctl, size, max, OptionalLong.of(value));
    }

    static IoctlNumber tooLarge(Abi abi, IoctlDecl ioctl, long size, long max) {
        return new IoctlNumber(abi, ioctl, size, max, OptionalLong.empty());
    }

    /** Whether the number is one the kernel fixes for this ABI, not an encoded one. */
    public boolean legacy() {
        return ioctl.legacy().containsKey(abi);
    }

    /** Whether the argument fits the size field, so that there is a number. */
    public boolean fits() {
        return number.isPresent();
    }

    /** The number; only when it {@link #fits()}. */
    public long value() {
        return number.orElseThrow(() -> new IllegalStateException(problem()));
    }

    /** The number as C spells it in an assert: {@code 0x4010aeaau}. */
    public String cLiteral() {
        return String.format(Locale.ROOT, "0x%08xu", value());
    }

    /** Why there is no number, as a sentence for a diagnostic; empty when it fits. */
    public String problem() {
        if (fits()) {
            return "";
        }
        return ioctl.name() + " cannot be encoded on " + abi + ": its argument of " + argumentSize
                + " bytes exceeds the " + maxArgumentSize + " bytes an ioctl number holds there";
    }
}
