package org.abistruct.examples.e500;

/** A rule a TLB configuration can break, with the sentence that explains it. */
public interface TlbRule {
    /** The rule in one sentence, naming where it comes from. */
    String sentence();
}
