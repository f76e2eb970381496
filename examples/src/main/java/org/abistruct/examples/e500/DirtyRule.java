package org.abistruct.examples.e500;

/** The ways a KVM_DIRTY_TLB request can break the documented contract. */
public enum DirtyRule implements TlbRule {
    NUM_DIRTY_MISMATCH("num_dirty must equal the number of bits set in the bitmap."),
    BIT_PAST_LAST_ENTRY("The bitmap has a bit set in its padding past the last TLB entry, "
            + "which names no entry.");

    private final String sentence;

    DirtyRule(String sentence) {
        this.sentence = sentence;
    }

    @Override
    public String sentence() {
        return sentence;
    }
}
