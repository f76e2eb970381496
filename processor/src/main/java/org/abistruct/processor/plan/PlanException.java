package org.abistruct.processor.plan;

import java.util.Objects;
import org.abistruct.Abi;

/**
 * A declaration that cannot be planned: too large to lay out under {@code abi}, or with more
 * members ({@code members}, else 0) than code is generated for.
 */
public final class PlanException extends RuntimeException {
    private final Abi abi;
    private final long members;

    PlanException(Abi abi, String message) {
        this(abi, message, 0);
    }

    private PlanException(Abi abi, String message, long members) {
        super(message);
        this.abi = Objects.requireNonNull(abi, "abi");
        this.members = members;
    }

    /** A struct with {@code members} members at all depths, over {@link MemberCount#MAX}. */
    static PlanException tooManyMembers(Abi abi, long members) {
        return new PlanException(abi, "it has " + members + " members at all depths (an array"
                + " counted once), more than the " + MemberCount.MAX + " it generates code for",
                members);
    }

    /** A struct whose layout record would hold {@code direct} numbers, over the limit. */
    static PlanException tooManyDirect(Abi abi, int direct) {
        return new PlanException(abi, "its layout record would hold " + direct + " numbers per"
                + " ABI (an offset per member, anonymous members' members included, a layout per"
                + " embedded struct, a number per ioctl), more than the " + MemberCount.MAX_DIRECT
                + " a record constructor takes beside its fixed ones", direct);
    }

    public Abi abi() {
        return abi;
    }

    /** The members counted when there are too many of them, else 0. */
    public long members() {
        return members;
    }
}
