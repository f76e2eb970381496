package org.abistruct.examples.e500;

import java.util.List;

/** What the kernel side did with one KVM_DIRTY_TLB request. */
public sealed interface DirtyOutcome
        permits DirtyOutcome.Reloaded, DirtyOutcome.FlushedAll, DirtyOutcome.Rejected {

    /** Only the dirty entries were reloaded, these, in increasing order. */
    record Reloaded(List<Integer> indices) implements DirtyOutcome {
        public Reloaded {
            indices = List.copyOf(indices);
        }
    }

    /** More entries were dirty than the threshold, so everything was flushed instead. */
    record FlushedAll(int numDirty) implements DirtyOutcome {}

    /** The request broke a rule and nothing was touched. */
    record Rejected(DirtyRule rule, String detail) implements DirtyOutcome {}
}
