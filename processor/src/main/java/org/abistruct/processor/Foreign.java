package org.abistruct.processor;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;

/**
 * Whether a compile can use {@code java.lang.foreign}: its source level is 22 or later (where
 * the API is final) and the platform it compiles against has {@code MemorySegment}. Only then
 * do generated records get accessors over segments.
 */
final class Foreign {
    /** {@code SourceVersion.RELEASE_22}, which the Java 17 API this builds on cannot name. */
    private static final int RELEASE = 22;

    private Foreign() {}

    static boolean available(ProcessingEnvironment env) {
        SourceVersion source = env.getSourceVersion();
        return source.ordinal() >= RELEASE
                && env.getElementUtils().getTypeElement("java.lang.foreign.MemorySegment") != null;
    }
}
